package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word of a name found once is a name where the text repeats it (through {@link PersonDetector}, which runs the rule last). */
class RepeatedNamesTest {

  private final PersonDetector detector = new PersonDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "'[21/06/24, 13:02] Chiara: citofono Esposito\n[21/06/24, 13:10] Gennaro Esposito: ci sono' # Chiara; Esposito; Gennaro Esposito",
      "'christine: blocked on staging, asked abena\nabena: reviewing PR\nirina: out tmrw, christine covering'"
          + " # christine; abena; abena; irina; christine",
      "'[09:01] Rose: merry xmas all\n[09:02] Eun-ji: merry xmas Rose!!' # Rose; Eun-ji; Rose",
      // an everyday word only capitalised inside a sentence: not "Hope you are", nor "i hope so"
      "'[09:01] Hope Nwosu: lunch?\n[09:02] Brenda: Hope you are well. i hope so. can we make it 2, Hope is back' # Hope Nwosu; Brenda; Hope",
      // a listed name of a script without case, which shows no capital
      "'گروه خانوادگی\nمامان: رسید؟\nعلی: آره\nمامان: شماره جدید علی رو بفرستید' # علی; علی",
  })
  void findsANameWhereTheTextRepeatsIt(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split("; ")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "hey its rocky here. the rocky road ice cream is yours # rocky",                           // after an article
      "'Beneficiary: Dunmore Textiles Ltd\nDunmore Textiles Ltd, registered in Ireland' # Dunmore Textiles Ltd", // a firm
      "'Slack bot by Slack Jones: $SLACK_BOT_TOKEN' # Slack Jones",                                 // a word of code
      "Next of kin: Kunle Oyelaran. Pt Oyelaran, Folasade seen today # Kunle Oyelaran",             // part of a longer name
      "'Reviewer: June Park\nSummer hours start June 3' # June Park",                               // a month
      "'گروه خانوادگی\nمامان: رسید؟\nعلی: آره، امید دارم\nمامان: شماره جدید رو بفرستید' # علی",   // a word of no found name
  })
  void repeatsNoWordWhereItIsNoName(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected.split("; ")));
  }
}
