package io.traingate.pii.eval;

import io.traingate.pii.Span;
import java.util.List;

/** One corpus line: a message and the spans a careful human would mark in it. */
public record LabeledMessage(String text, List<Span> spans) {

  public LabeledMessage {
    spans = List.copyOf(spans);
  }
}
