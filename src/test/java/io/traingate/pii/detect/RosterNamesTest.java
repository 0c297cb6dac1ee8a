package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, RosterNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "'contacts:\nSomchai Rattanakorn 02 254 8810' # Somchai Rattanakorn",
      "'- Zhou Mingyu 020 7946 0958' # Zhou Mingyu",
      "'team:\n3. Tan Boon Keat 012 408 7713' # Tan Boon Keat",
  })
  void findsTheNameThatOpensARostersLineBeforeItsPhone(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "offices:\nHead Office 020 7946 0958\nSan Diego 619 555 0132",   // a service and a place
      "call Rattanakorn Somchai 02 254 8810 now",                      // not at the line's start
      "Somchai 02 254 8810",                                           // one word is no full name
      "Somchai Rattanakorn: 02 254 8810",                              // a separator is another rule's
  })
  void takesNoServicePlaceOrWordsAwayFromTheLinesStart(String text) {
    assertThat(namesIn(text), empty());
  }
}
