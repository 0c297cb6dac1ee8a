package io.traingate.pii.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A pattern of libphonenumber's metadata over a number's ASCII digits (a number type, a format,
 * leading digits), with the openings of {@link #OPENING_DIGITS} digits that can lead to a match.
 * A region's patterns are tried one after another on each digit run, and a table lookup rules
 * most of them out where a regex run would. The table is made when the pattern is first tried:
 * most regions' patterns never are.
 */
final class DigitPattern {

  /** How many first digits of a number the openings tell apart. */
  static final int OPENING_DIGITS = 3;
  private static final int OPENINGS = (int) Math.pow(10, OPENING_DIGITS);
  private static final String[] OPENING_TEXTS = IntStream.range(0, OPENINGS)
      .mapToObj(opening -> String.format("%0" + OPENING_DIGITS + "d", opening)).toArray(String[]::new);

  private final Pattern pattern;
  /** Whether numbers must match the pattern whole, or only open with a match. */
  private final boolean whole;
  /** Made on first use; two threads may both make it, alike. */
  private volatile boolean[] openings;

  private DigitPattern(String regex, boolean whole) {
    this.pattern = Pattern.compile(regex);
    this.whole = whole;
  }

  /** A pattern that numbers must match whole: a number type's, a format's. */
  static DigitPattern whole(String regex) {
    return new DigitPattern(regex, true);
  }

  /** A pattern that numbers must open with: leading digits. */
  static DigitPattern leading(String regex) {
    return new DigitPattern(regex, false);
  }

  Pattern pattern() {
    return pattern;
  }

  /** True if the digits match the pattern whole, or open with a match of it, as made. */
  boolean test(String digits) {
    if (digits.length() >= OPENING_DIGITS && !openings()[Integer.parseInt(digits, 0, OPENING_DIGITS, 10)]) {
      return false;
    }
    Matcher matcher = pattern.matcher(digits);
    return whole ? matcher.matches() : matcher.lookingAt();
  }

  /**
   * Which openings a number can have and still pass the test: those that pass it themselves, or on
   * which the matcher reaches the end of its input (more digits could complete a match).
   */
  private boolean[] openings() {
    boolean[] made = openings;
    if (made == null) {
      made = new boolean[OPENINGS];
      Matcher matcher = pattern.matcher("");
      for (int opening = 0; opening < OPENINGS; opening++) {
        matcher.reset(OPENING_TEXTS[opening]);
        made[opening] = (whole ? matcher.matches() : matcher.lookingAt()) || matcher.hitEnd();
      }
      openings = made;
    }
    return made;
  }
}
