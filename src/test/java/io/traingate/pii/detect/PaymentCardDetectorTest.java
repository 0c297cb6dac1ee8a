package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardDetectorTest {

  private final PaymentCardDetector detector = new PaymentCardDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "visa 4111 1111 1111 1111 exp 12/27|4111 1111 1111 1111",
      "card:4111-1111-1111-1111|4111-1111-1111-1111",
      "mc 5555555555554444.|5555555555554444",
      "amex 3782 822463 10005|3782 822463 10005",
      "new mc 2223 0031 2200 3222|2223 0031 2200 3222",
      "discover 6011111111111117|6011111111111117",
      "jcb 3530111333300000|3530111333300000",
      "troy kartı 9792 4428 9303 7306|9792 4428 9303 7306",
      "or use mine: 4111 1111 1111 1111 08/28 cvv 552|4111 1111 1111 1111",
      "5555 5555 5555 4444 552 is the cvv|5555 5555 5555 4444",
  })
  void findsLuhnValidCardsOfKnownIssuers(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "4111 1111 1111 1112",    // Luhn fails
      "4111-1111 1111-1111",    // mixed separators
      "1234567812345670",       // Luhn passes but no issuer starts with 1
      "41111111111111111111111", // too long
      "x4111111111111111",      // glued to a word
      "37828224631000",         // Amex prefix with 14 digits
      "979244289303738",        // Troy's prefix with 15 digits
      "9793 4428 9303 7305",    // Luhn passes but no issuer starts with 9793
      "4111 1111 1111 1112 08/28", // Luhn fails with or without the group after it
  })
  void rejectsNearMisses(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @Test
  void luhnCheckDigitCompletesPayload() {
    assertThat(Luhn.checkDigit("411111111111111"), is('1'));
    assertThat(Luhn.isValid("79927398713"), is(true));
    assertThat(Luhn.isValid("79927398710"), is(false));
  }
}
