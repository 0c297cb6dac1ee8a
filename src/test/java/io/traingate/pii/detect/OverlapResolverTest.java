package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

  @Test
  void longerSpanWins() {
    Span phone = new Span(EntityType.PHONE, 5, 17);
    Span card = new Span(EntityType.CREDIT_CARD, 0, 19);
    assertThat(OverlapResolver.resolve(List.of(phone, card)), contains(card));
  }

  @Test
  void onEqualLengthTheStricterTypeWins() {
    Span phone = new Span(EntityType.PHONE, 0, 11);
    Span ssn = new Span(EntityType.US_SSN, 0, 11);
    Span person = new Span(EntityType.PERSON, 20, 30);
    Span address = new Span(EntityType.STREET_ADDRESS, 20, 30);
    assertThat(OverlapResolver.resolve(List.of(phone, person, ssn, address)), contains(ssn, address));
  }

  @Test
  void disjointSpansAllSurviveSortedByStart() {
    Span late = new Span(EntityType.EMAIL, 50, 60);
    Span early = new Span(EntityType.PHONE, 0, 10);
    Span touching = new Span(EntityType.PERSON, 10, 20);
    assertThat(OverlapResolver.resolve(List.of(late, early, touching)), contains(early, touching, late));
  }

  @Test
  void partialOverlapOnEitherSideIsRejected() {
    Span kept = new Span(EntityType.EMAIL, 10, 30);
    Span left = new Span(EntityType.PHONE, 5, 12);
    Span right = new Span(EntityType.PHONE, 29, 35);
    Span inside = new Span(EntityType.PERSON, 15, 20);
    assertThat(OverlapResolver.resolve(List.of(left, kept, right, inside)), contains(kept));
  }
}
