package io.traingate.pii;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private final Redactor redactor = Redactor.create(RedactionRules.defaults(), "k".getBytes(StandardCharsets.UTF_8));

  @Test
  void spansAreSortedNonOverlappingAndTyped() {
    String text = "ip 10.0.0.1, mail a@b.com, card 4111 1111 1111 1111, ssn 536-22-8901, tel (650) 253-0000";
    List<Span> spans = redactor.scan(text);
    assertThat(spans.stream().map(Span::type).toList(), contains(
        EntityType.IP_ADDRESS, EntityType.EMAIL, EntityType.CREDIT_CARD, EntityType.US_SSN, EntityType.PHONE));
    assertThat(text.substring(spans.get(2).start(), spans.get(2).end()), is("4111 1111 1111 1111"));
  }

  @Test
  void cardBeatsThePhoneHiddenInsideIt() {
    List<Span> spans = redactor.scan("4111 1111 1111 1111");
    assertThat(spans, contains(new Span(EntityType.CREDIT_CARD, 0, 19)));
  }

  /** Texts of every length, long ones included, in turn on one thread: each is scanned afresh. */
  @Test
  void findsTheSameInATextWhateverWasScannedBefore() {
    String text = "mail a@b.com, tel (650) 253-0000";
    List<Span> alone = redactor.scan(text);
    String filler = " lunch at noon?".repeat(10_000);
    String longText = text + filler + text;
    List<Span> inLong = redactor.scan(longText);
    assertThat(inLong.size(), is(2 * alone.size()));
    assertThat(inLong.get(inLong.size() - 1).end(), is(longText.length()));
    assertThat(redactor.scan(text), is(alone));
    assertThat(redactor.scan(filler), is(List.of()));
    assertThat(redactor.scan(text.substring(0, 12)), contains(new Span(EntityType.EMAIL, 5, 12)));
  }

  @Test
  void rejectsAnEmptyKeyWithoutEchoingIt() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Redactor.create(RedactionRules.defaults(), new byte[0]));
    assertThat(e.getMessage(), is("Redactor needs rules and a non-empty pseudonym key"));
  }
}
