package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The openings table only rules out what the pattern itself would: its test agrees with a plain regex run. */
class DigitPatternTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "[1-9]\\d{8}", // a general description
      "6(?:1[13-9]|2[3-9]|3[1-4]|[4-9]\\d)\\d{5,6}", // a number type, on its fourth digit
      "(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})", // a format
      "8(?:00|44|55|66|77|88)", // a region's leading digits, three long
      "2(?:0[2-9]|1[0-3]|2[1-5])|3[2-5]", // leading digits of one and two lengths
      "\\d", // anything
      "9{3,}"})
  void agreesWithTheRegexOnRandomDigits(String regex) {
    Pattern pattern = Pattern.compile(regex);
    DigitPattern whole = DigitPattern.whole(regex);
    DigitPattern leading = DigitPattern.leading(regex);
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String digits = randomDigits(random);
      assertThat(digits, whole.test(digits), is(pattern.matcher(digits).matches()));
      assertThat(digits, leading.test(digits), is(pattern.matcher(digits).lookingAt()));
    }
  }

  @Test
  void aNumberShorterThanAnOpeningIsTriedByThePattern() {
    assertThat(DigitPattern.whole("\\d{2}").test("42"), is(true));
    assertThat(DigitPattern.leading("4").test("4"), is(true));
    assertThat(DigitPattern.leading("44").test("4"), is(false));
  }

  /** Digits of one to twelve, most opening with what the patterns above allow. */
  private static String randomDigits(Random random) {
    int length = 1 + random.nextInt(12);
    StringBuilder digits = new StringBuilder(random.nextBoolean() ? "" : random.nextBoolean() ? "6" : random.nextBoolean() ? "8" : "2");
    while (digits.length() < length) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
