package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers, confirmed by libphonenumber's matcher at leniency VALID. The matcher is slow, so
 * it only sees short windows around runs of digits that could be a phone number (7 to 40 digits
 * with phone-style separators), and tries the configured regions in order until one matches.
 */
public final class PhoneDetector implements Detector {

  private static final int MIN_DIGITS = 7;
  /** E.164 numbers have at most 15 digits. */
  private static final int MAX_DIGITS = 15;
  /** Dialled from abroad, they start with an international prefix of up to four digits (0011 from Australia). */
  private static final int MAX_INTERNATIONAL_PREFIX_DIGITS = 4;
  private static final int MAX_SEPARATOR_RUN = 3;
  /**
   * Digit runs with phone-like lengths whose grouping no dialling plan uses: IPv4 addresses,
   * dates and SSN-style 3-2-4 groups. Skipping them saves the matcher's time, not accuracy.
   */
  private static final Pattern NOT_A_PHONE_SHAPE = Pattern.compile(
      "\\d{1,3}(?:\\.\\d{1,3}){3}|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{3}([- ])\\d{2}\\1\\d{4}");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<RegionPlan> regions;

  public PhoneDetector(List<String> regions) {
    this.regions = regions.stream().map(RegionPlan::of).toList();
  }

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs digitRuns = scanned.digitRuns();
    int resume = 0;
    for (int r = 0; r < digitRuns.count(); r++) {
      int firstDigit = digitRuns.start(r);
      if (firstDigit >= resume) {
        boolean opened = firstDigit > resume && isOpening(text.charAt(firstDigit - 1));
        resume = scanNumber(text, opened ? firstDigit - 1 : firstDigit, out);
      }
    }
  }

  /** Scans the number that starts at {@code start}, matches it if plausible, and returns where to resume. */
  private int scanNumber(String text, int start, List<Span> out) {
    int n = text.length();
    int i = start;
    int digits = 0;
    int singleDigitGroups = 0;
    int groupDigits = 0;
    int end = i;
    int separators = 0;
    if (!Chars.isDigit(text.charAt(i))) {
      i++; // the leading + or (
    }
    while (i < n) {
      char c = text.charAt(i);
      if (Chars.isDigit(c)) {
        digits++;
        groupDigits++;
        separators = 0;
        i++;
        end = i;
      } else if (isSeparator(c) && separators < MAX_SEPARATOR_RUN && (isParenthesis(c) || !hasPlainSeparator(text, end, i))) {
        singleDigitGroups += groupDigits == 1 ? 1 : 0;
        groupDigits = 0;
        separators++;
        i++;
      } else {
        break;
      }
    }
    singleDigitGroups += groupDigits == 1 ? 1 : 0;
    int maxDigits = MAX_DIGITS + (text.charAt(start) == '0' ? MAX_INTERNATIONAL_PREFIX_DIGITS : 0);
    boolean plausible = digits >= MIN_DIGITS && digits <= maxDigits && singleDigitGroups <= 2;
    if (plausible && !Chars.joinsWordAt(text, start - 1) && !Chars.joinsWordAt(text, end)) {
      match(text, start, end, out);
    }
    return Math.max(end, start + 1);
  }

  /** True if the separator run from {@code from} to {@code to} already holds a space, dash, dot or slash. */
  private static boolean hasPlainSeparator(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isParenthesis(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParenthesis(char c) {
    return c == '(' || c == ')';
  }

  private void match(String text, int start, int end, List<Span> out) {
    String window = text.substring(start, end);
    if (NOT_A_PHONE_SHAPE.matcher(window).matches()) {
      return;
    }
    boolean international = window.charAt(0) == '+';
    String digits = digitsOf(window);
    for (RegionPlan region : regions) {
      // An international number parses the same in every region, so one region is enough.
      if (!international && !region.couldHold(digits)) {
        continue;
      }
      boolean found = false;
      for (PhoneNumberMatch m : util.findNumbers(window, region.code(), Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
        out.add(new Span(EntityType.PHONE, start + m.start(), start + m.end()));
        found = true;
      }
      if (found || international) {
        return;
      }
    }
  }


  private static String digitsOf(String window) {
    StringBuilder digits = new StringBuilder(window.length());
    for (int i = 0; i < window.length(); i++) {
      if (Chars.isDigit(window.charAt(i))) {
        digits.append(window.charAt(i));
      }
    }
    return digits.toString();
  }

  /** A {@code +} or {@code (} right before the first digit belongs to the number. */
  private static boolean isOpening(char c) {
    return c == '+' || c == '(';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0';
  }
}
