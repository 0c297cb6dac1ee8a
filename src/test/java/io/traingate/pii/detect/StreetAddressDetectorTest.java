package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressDetectorTest {

  private final StreetAddressDetector detector = new StreetAddressDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "i live at 742 evergreen terrace|742 evergreen terrace",
      "ship to 1600 Amphitheatre Parkway, Mountain View, CA 94043 asap|1600 Amphitheatre Parkway, Mountain View, CA 94043",
      "221B Baker Street, London NW1 6XE|221B Baker Street, London NW1 6XE",
      "350 5th Ave, Apt 21B, New York, NY 10118|350 5th Ave, Apt 21B, New York, NY 10118",
      "Hauptstraße 12, 10115 Berlin|Hauptstraße 12, 10115 Berlin",
      "Goethestr. 5a|Goethestr. 5a",
      "12 rue de la Paix, 75002 Paris|12 rue de la Paix, 75002 Paris",
      "Calle de Alcalá 45|Calle de Alcalá 45",
      "Via Roma 15, 00184 Roma|Via Roma 15, 00184 Roma",
      "Flat 2, 45 Kingsway, London WC2B 6TE|Flat 2, 45 Kingsway, London WC2B 6TE",
      "100 Queen St W, Toronto ON M5H 2N2|100 Queen St W, Toronto ON M5H 2N2",
  })
  void findsAddressesInManyFormats(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I walked 3 blocks down Main Street",
      "we have 2 dogs and 3 cats",
      "turn left on Oak Street",
      "we need 500 chairs Park Avenue is busy",
      "ID number 464 121 508. Park Avenue is busy",
      "room 12, floor 3",
  })
  void ignoresNumbersNearStreetWords(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
