package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * Finds candidate spans of one entity type. Implementations are stateless and thread-safe, run in
 * time linear in the text length, and never log, throw or keep the text they read. They visit the
 * words and character runs that {@link ScannedText} found, not every character.
 */
public interface Detector {

  /**
   * Adds every candidate found in {@code text} to {@code out}; candidates may overlap. {@code out}
   * already holds the candidates of the detectors that ran before, which a detector may read to
   * skip work whose result would lose to them.
   */
  void detect(ScannedText text, List<Span> out);
}
