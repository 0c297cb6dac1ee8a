package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterNamesTest {

  /** The phone numbers the phone detector would have found: runs of digits and spaces written as the tests write them. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ]{6,}\\d");

  private static List<String> namesIn(String text) {
    List<Span> candidates = new ArrayList<>();
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      candidates.add(new Span(EntityType.PHONE, phone.start(), phone.end()));
    }
    RosterNames.find(new ScannedText(Lexicon.get()).read(text).tokens(), candidates);
    return candidates.stream().filter(span -> span.type() == EntityType.PERSON).map(span -> text.substring(span.start(), span.end())).toList();
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
