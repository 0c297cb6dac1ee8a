package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GovIdDetectorTest {

  private final GovIdDetector detector = new GovIdDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "passport no. X1234567|X1234567",
      "my passport number is 533380006.|533380006",
      "DL# D123-4567-8901|D123-4567-8901",
      "NI number: QQ 12 34 56 C|QQ 12 34 56 C",
      "Aadhaar 2345 6789 0123|2345 6789 0123",
      "PAN: ABCDE1234F|ABCDE1234F",
      "national ID 19850312-4581|19850312-4581",
  })
  void findsNumbersRightAfterAnIdentityCue(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "X1234567",                               // no cue
      "passport expires 2030-04-01",            // a date
      "the license key is ABCD-1234-EFGH-5678", // software licence
      "order ID 48213",                          // an order id is not an identity document
      "renew my passport next week",
      "passport\n12345678",                     // the cue ended its line
  })
  void needsACueAndAnIdLikeValue(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
