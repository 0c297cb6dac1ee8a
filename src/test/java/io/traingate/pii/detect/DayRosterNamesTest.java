package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DayRosterNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text.replace("\\n", "\n"), DayRosterNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // listed given names vouch for the unlisted ones of other days
      "Bar shifts:\\n\\nMon: Nagy Bence & Noura\\nTue: Diogo & Elvin\\nWed: Onni\\nThu: Kwabena + Saoirse # Nagy Bence | Noura | Diogo | Elvin | Onni | Kwabena | Saoirse",
      "Carpool\\nMonday: Georgi, Jelena\\nWednesday: Ama\\nFriday: Yuki & Olivia # Georgi | Jelena | Ama | Yuki | Olivia",
  })
  void findsTheNamesOfADayRota(String text, String expected) {
    assertThat(namesIn(text), contains(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Chores:\\nMon: Laundry & Dishes\\nTue: Hoover\\nWed: Bins & Recycling",        // tasks vouch for no one
      "Mon: Olivia & Yuki\\nTue: Ama",                                                  // two days are no rota
      "Menu\\nMon: Lasagne\\nTue: Tacos\\nWed: Ramen + Gyoza",                             // dishes
  })
  void findsNoNamesWhereTheRotaVouchesForNone(String text) {
    assertThat(namesIn(text), empty());
  }
}
