package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * Finds candidate spans of one entity type. Implementations are stateless and thread-safe, run in
 * time linear in the text length, and never log, throw or keep the text they read.
 */
public interface Detector {

  /** Adds every candidate found in {@code text} to {@code out}; candidates may overlap. */
  void detect(String text, List<Span> out);

  /**
   * False if no entity of this detector can occur in a text with these traits, so that
   * {@link #detect} need not run; a cheap necessary condition, never a guess.
   */
  default boolean mayOccurIn(TextTraits traits) {
    return true;
  }
}
