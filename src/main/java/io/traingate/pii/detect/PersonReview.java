package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * What becomes of {@link PersonDetector}'s PERSON candidates once all its rules have run, in the
 * step after it ({@link ReviewedNames}): {@link NameScorer} keeps, drops and adds names by its
 * model; {@link NameExamples} records them to train that model.
 */
interface PersonReview {

  /**
   * Reviews {@code out}, whose candidates from index {@code firstPerson} on are the rules' PERSON
   * spans and those before it other detectors' candidates.
   */
  void review(ScannedText text, List<Span> out, int firstPerson);
}
