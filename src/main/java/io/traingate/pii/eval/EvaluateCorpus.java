package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import io.traingate.pii.detect.SpanFinder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the redactor against labeled corpora (the jar's {@code evaluate} command): per type
 * the gold count, recall, precision and F1, and the character-level precision of all
 * redactions. A found span counts as correct when it has the gold span's type and they overlap
 * by at least half of their union, so boundary conventions that differ by a title or a trailing
 * city do not decide the score; each gold span matches at most one found span.
 */
public final class EvaluateCorpus {
  private EvaluateCorpus() {}

  static final double MIN_OVERLAP = 0.5;

  /**
   * @param args paths of JSONL corpora
   * @return 0 when the corpora were evaluated, 2 when they could not be read
   */
  public static int run(String[] args, PrintStream out) {
    if (args.length == 0) {
      out.println("usage: evaluate CORPUS.jsonl [MORE.jsonl ...]");
      return 2;
    }
    List<LabeledMessage> messages = new ArrayList<>();
    for (String arg : args) {
      try {
        messages.addAll(LabeledCorpus.read(Path.of(arg)));
      } catch (IOException | RuntimeException e) {
        out.println("cannot read corpus " + arg + ": " + e.getClass().getSimpleName());
        return 2;
      }
    }
    Evaluation evaluation = evaluate(messages, SpanFinder.create(RedactionRules.defaults()));
    print(evaluation, messages.size(), out);
    return 0;
  }

  public static Evaluation evaluate(List<LabeledMessage> messages, SpanFinder finder) {
    Evaluation evaluation = new Evaluation();
    for (LabeledMessage message : messages) {
      evaluation.add(message.spans(), finder.find(message.text()));
    }
    return evaluation;
  }

  private static void print(Evaluation e, int messages, PrintStream out) {
    out.printf(Locale.ROOT, "%d messages%n", messages);
    out.printf(Locale.ROOT, "%-15s %6s %6s %8s %9s %6s%n", "type", "gold", "found", "recall", "precision", "F1");
    for (EntityType type : EntityType.values()) {
      out.printf(Locale.ROOT, "%-15s %6d %6d %8.3f %9.3f %6.3f%n",
          type, e.gold(type), e.found(type), e.recall(type), e.precision(type), e.f1(type));
    }
    out.printf(Locale.ROOT, "character-level precision of all redactions: %.4f%n", e.characterPrecision());
  }

  static double overlap(Span a, Span b) {
    int intersection = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    if (intersection <= 0) {
      return 0;
    }
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return (double) intersection / union;
  }
}
