package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgedNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, AgedNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "PA: Hodan Warsame. Others: Abdi (7), Ifrah (9), Ayaan (2). SSN pending # Abdi | Ifrah | Ayaan",
      "kids Ana (7) and Leo (4), both at St Mary's # Ana | Leo",
      // one listed given name vouches for the unlisted ones of the list
      "mother Nyandeng, Akuol (16), Garang (12), arriving Friday # Akuol | Garang",
  })
  void findsTheNamesOfAListWithAges(String text, String expected) {
    assertThat(namesIn(text), contains(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Apples (3), Pears (5), Plums (2)",           // everyday words
      "Versions: Ubuntu (22), Debian (12)",         // no listed given name
      "ask Maria (3 weeks ago) about it",           // one name, and no age alone in the brackets
      "Room (4), Grace (2)",                        // one word that may be a name: no list
  })
  void findsNoNamesWithoutAListOfThem(String text) {
    assertThat(namesIn(text), empty());
  }
}
