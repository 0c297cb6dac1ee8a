package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigitGroupsTest {

  @Test
  void joinsDigitRunsBySingleSeparators() {
    assertThat(runs("card 4111 1111 1111 1111, ssn 078-05-1120.", " -"),
        contains("4111 1111 1111 1111|16 digits 4 groups shortest 4 last 4 sep ' ' mixed false",
            "078-05-1120|9 digits 3 groups shortest 2 last 4 sep '-' mixed false"));
  }

  @Test
  void aSeparatorOutsideTheSetOrDoubledEndsTheRun() {
    assertThat(runs("12.34 56  78 9-0 1", " "),
        contains("12|2 digits 1 groups shortest " + Integer.MAX_VALUE + " last 2 sep '\0' mixed false",
            "34 56|4 digits 2 groups shortest 2 last 2 sep ' ' mixed false",
            "78 9|3 digits 2 groups shortest 2 last 1 sep ' ' mixed false",
            "0 1|2 digits 2 groups shortest 1 last 1 sep ' ' mixed false"));
  }

  @Test
  void notesMixedSeparators() {
    assertThat(runs("4111-1111 1111-1111", " -"), contains("4111-1111 1111-1111|16 digits 4 groups shortest 4 last 4 sep '-' mixed true"));
  }

  @Test
  void digitsLeaveTheSeparatorsOut() {
    DigitGroups run = DigitGroups.in(new ScannedText(Lexicon.get()).read("x 536.22.8901 y"), ".");
    assertThat(run.next(), is(true));
    assertThat(run.digits(), is("536228901"));
    assertThat(run.next(), is(false));
  }

  @Test
  void embeddedRunsTouchAWord() {
    DigitGroups glued = DigitGroups.in(new ScannedText(Lexicon.get()).read("x4111 1111"), " ");
    glued.next();
    assertThat(glued.embedded(), is(true));
    DigitGroups alone = DigitGroups.in(new ScannedText(Lexicon.get()).read("番号は090-1234です"), "-");
    alone.next();
    assertThat(alone.embedded(), is(false));
  }

  /** The runs cover every digit once, left to right, and each ends where no separator joins another digit. */
  @Test
  void runsPartitionTheDigitsOfRandomTexts() {
    Random random = new Random(11);
    String alphabet = "0123456789 -.a";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(40); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      StringBuilder digits = new StringBuilder();
      for (DigitGroups run = DigitGroups.in(new ScannedText(Lexicon.get()).read(s), " -"); run.next(); ) {
        assertThat(s, run.digits().length(), is(run.digitCount()));
        assertThat(s, Chars.isDigit(s.charAt(run.start())) && Chars.isDigit(s.charAt(run.end() - 1)), is(true));
        boolean joinable = run.end() + 1 < s.length() && " -".indexOf(s.charAt(run.end())) >= 0 && Chars.isDigit(s.charAt(run.end() + 1));
        assertThat(s, joinable, is(false));
        digits.append(run.digits());
      }
      assertThat(s, digits.toString(), is(s.replaceAll("[^0-9]", "")));
    }
  }

  private static List<String> runs(String text, String separators) {
    List<String> runs = new ArrayList<>();
    for (DigitGroups run = DigitGroups.in(new ScannedText(Lexicon.get()).read(text), separators); run.next(); ) {
      runs.add(text.substring(run.start(), run.end()) + "|" + run.digitCount() + " digits " + run.groupCount() + " groups shortest "
          + run.shortestLeadingGroup() + " last " + run.lastGroup() + " sep '" + run.separator() + "' mixed " + run.mixedSeparators());
    }
    return runs;
  }
}
