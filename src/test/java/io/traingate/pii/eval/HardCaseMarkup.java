package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the hand-written hard cases, kept readable as {@code [[TYPE|value]]} markup in
 * {@code hard-cases.txt}, into the JSONL corpus format:
 * {@code java -cp ... io.traingate.pii.eval.HardCaseMarkup IN.txt OUT.jsonl}.
 */
public final class HardCaseMarkup {
  private HardCaseMarkup() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "test-data/pii-corpus/hard-cases.txt");
    Path out = Path.of(args.length > 1 ? args[1] : "test-data/pii-corpus/hard-cases.jsonl");
    List<LabeledMessage> messages = new ArrayList<>();
    for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        messages.add(parse(line.replace("\\n", "\n")));
      }
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      LabeledCorpus.write(messages, writer);
    }
  }

  static LabeledMessage parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        text.append(marked, i, marked.length());
        break;
      }
      int bar = marked.indexOf('|', open);
      int close = marked.indexOf("]]", bar);
      if (bar < 0 || close < 0) {
        throw new IllegalArgumentException("unclosed [[TYPE|value]] in a hard case");
      }
      text.append(marked, i, open);
      int start = text.length();
      text.append(marked, bar + 1, close);
      spans.add(new Span(EntityType.valueOf(marked.substring(open + 2, bar)), start, text.length()));
      i = close + 2;
    }
    return new LabeledMessage(text.toString(), spans);
  }
}
