package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.List;

/**
 * The examples {@link NameScorer}'s model is trained on: each word of a labeled text that the
 * scorer would read, with its {@link NameFeatures} as the rules alone leave them and whether a
 * labeled PERSON span overlaps it. Not thread-safe: one text at a time.
 */
public final class NameExamples implements PersonReview {

  /** Receives one example. */
  public interface Sink {
    /** {@code features} are indices into a table of {@link #tableSize} weights; the array is the sink's to keep. */
    void accept(int[] features, boolean isName);
  }

  private final SpanFinder rulesOnly = SpanFinder.withReview(RedactionRules.defaults(), this);
  private final int[] indices = new int[NameFeatures.MAX_FEATURES];
  private List<Span> labels = List.of();
  private Sink sink;

  /** The number of weights a model of these features has. */
  public static int tableSize() {
    return NameFeatures.TABLE_SIZE;
  }

  /** Passes the examples of {@code text}, whose labeled spans are {@code labels}, to {@code sink}. */
  public void collect(String text, List<Span> labels, Sink sink) {
    this.labels = labels;
    this.sink = sink;
    try {
      rulesOnly.find(text);
    } finally {
      this.labels = List.of();
      this.sink = null;
    }
  }

  @Override
  public void review(ScannedText text, List<Span> out, int firstPerson) {
    Tokens tokens = text.tokens();
    NameFeatures features = text.nameFeatures();
    features.markCover(tokens, out);
    for (int t = 0; t < tokens.count(); t++) {
      if (features.isScored(tokens, t)) {
        int n = features.extract(tokens, t, indices);
        sink.accept(Arrays.copyOf(indices, n), isLabeledName(tokens.start(t), tokens.end(t)));
      }
    }
  }

  private boolean isLabeledName(int start, int end) {
    for (Span label : labels) {
      if (label.type() == EntityType.PERSON && label.start() < end && start < label.end()) {
        return true;
      }
    }
    return false;
  }
}
