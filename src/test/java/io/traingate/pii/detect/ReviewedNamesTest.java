package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewedNamesTest {

  private final ScannedText text = new ScannedText(Lexicon.get()).read("mail dana@example.com, ask Dana Park or Lee");

  @Test
  void reviewsTheRunOfNamesAtTheEndOfTheCandidates() {
    List<Span> out = new ArrayList<>(List.of(
        new Span(EntityType.EMAIL, 5, 21), new Span(EntityType.PERSON, 27, 36), new Span(EntityType.PERSON, 40, 43)));
    assertThat(firstPersonReviewed(out), is(1));
  }

  @Test
  void reviewsNothingWhereTheRulesFoundNoName() {
    List<Span> out = new ArrayList<>(List.of(new Span(EntityType.EMAIL, 5, 21)));
    assertThat(firstPersonReviewed(out), is(1));
    assertThat(firstPersonReviewed(new ArrayList<>()), is(0));
  }

  private int firstPersonReviewed(List<Span> out) {
    int[] reviewed = {-1};
    new ReviewedNames((scanned, candidates, firstPerson) -> reviewed[0] = firstPerson).detect(text, out);
    return reviewed[0];
  }
}
