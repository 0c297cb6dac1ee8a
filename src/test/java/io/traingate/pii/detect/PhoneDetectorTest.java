package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.traingate.pii.RedactionRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

  private final PhoneDetector detector = new PhoneDetector(RedactionRules.DEFAULT_PHONE_REGIONS);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "my number is 415 555 0132 ok|415 555 0132",
      "call (650) 253-0000 now|(650) 253-0000",
      "intl +1 650-253-0000.|+1 650-253-0000",
      "uk mobile 07700 900123|07700 900123",
      "london +44 20 7946 0018|+44 20 7946 0018",
      "berlin 030 1234567|030 1234567",
      "paris 01 42 68 53 00|01 42 68 53 00",
      "india +91 98765 43210|+91 98765 43210",
      "tokyo 03-1234-5678|03-1234-5678",
      "sydney (02) 9374 4000|(02) 9374 4000",
      "dots 650.253.0000 too|650.253.0000",
  })
  void findsNumbersInManyRegionsAndFormats(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "version 1.2.3",
      "order 12345",
      "in 2024 we sold 1000000 units",
      "ID123456789",
      "555",
  })
  void ignoresNumbersThatAreNotPhones(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @org.junit.jupiter.api.Test
  void onlyConfiguredRegionsAreTried() {
    PhoneDetector usOnly = new PhoneDetector(java.util.List.of("US"));
    assertThat(Found.by(usOnly, "uk mobile 07700 900123"), empty());
    assertThat(Found.by(usOnly, "us (650) 253-0000"), contains("(650) 253-0000"));
  }
}
