package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

  private final IbanDetector detector = new IbanDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "IBAN DE89 3704 0044 0532 0130 00 thanks|DE89 3704 0044 0532 0130 00",
      "pay GB29NWBK60161331926819.|GB29NWBK60161331926819",
      "fr: FR14 2004 1010 0505 0001 3M02 606|FR14 2004 1010 0505 0001 3M02 606",
      "lower nl91abna0417164300 ok|nl91abna0417164300",
      "NO9386011117947|NO9386011117947",
      "شماره شبا: IR19 7249 4060 7601 3637 0058 23.|IR19 7249 4060 7601 3637 0058 23", // Iran's Sheba, an IBAN outside SWIFT's registry
  })
  void findsValidIbansCompactOrGrouped(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "DE89 3704 0044 0532 0130 01",   // check digits fail
      "DE89 3704 0044 0532 0130",      // too short for Germany
      "XX89370400440532013000",        // no such country
      "ID89370400440532013000",        // a country without IBANs
      "ABDE89370400440532013000",      // glued to a word
      "IR19 7249 4060 7601 3637 0058 24", // Iran's check digits fail
  })
  void rejectsNearMisses(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @Test
  void mod97OfAValidIbanIsOne() {
    assertThat(Iban.mod97("GB82WEST12345698765432"), is(1));
    assertThat(Iban.isValid("GB82WEST12345698765433"), is(false));
  }

  @Test
  void lengthsAreLookedUpByUpperCaseCountryCode() {
    assertThat(Iban.lengthFor('D', 'E'), is(22));
    assertThat(Iban.lengthFor('N', 'O'), is(15));
    assertThat(Iban.lengthFor('d', 'e'), is(0));
    assertThat(Iban.lengthFor('X', 'X'), is(0));
    assertThat(Iban.lengthFor('1', 'E'), is(0));
    assertThat(Iban.isValid("gb82west12345698765432"), is(true));
  }
}
