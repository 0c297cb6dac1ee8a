package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;

/** Test helper: what a detector found, as the covered substrings, in order. */
final class Found {
  private Found() {}

  static List<String> by(Detector detector, String text) {
    List<Span> spans = new ArrayList<>();
    detector.detect(new ScannedText(Lexicon.get()).read(text), spans);
    return substrings(text, spans);
  }

  private static List<String> substrings(String text, List<Span> spans) {
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<String> values = new ArrayList<>();
    for (Span span : spans) {
      values.add(text.substring(span.start(), span.end()));
    }
    return values;
  }
}
