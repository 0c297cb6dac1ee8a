package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallSignNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, CallSignNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Net 3/4. Check-ins: MW0ABC Mark, 2E0XYZ niamh, K1ABC Will. No traffic # Mark | niamh | Will",
      "G4JPU Otis and M7TBI Grace on 2m # Otis | Grace",
  })
  void findsTheOperatorsOfARadioLog(String text, String expected) {
    assertThat(namesIn(text), contains(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "B2B Sales, P2P Lending",                      // too short for call signs, and no given names
      "flight BA2490 Grace and AB1234 Mark",         // flight numbers: no letters after their digits
      "MW0ABC Mark called in",                       // one operator is no log
      "GM4FCZ will check, G0ZPS can relay",          // lower-case function words
  })
  void findsNoOperatorsWithoutALog(String text) {
    assertThat(namesIn(text), empty());
  }

  @ParameterizedTest
  @CsvSource({"G4JPU,true", "MW0HLQ,true", "2E0LAG,true", "K1ABC,true", "W1AW,true", "B2B,false", "BA2490,false", "ABC1DEFGH,false", "1234,false"})
  void tellsCallSigns(String word, boolean callSign) {
    assertThat(CallSignNames.isCallSign(word, 0, word.length()), is(callSign));
  }
}
