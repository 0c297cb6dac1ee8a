package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Phone numbers, confirmed by libphonenumber's matcher at leniency VALID. The matcher is slow, so
 * it only sees short windows around runs of digits that could be a phone number (7 to 40 digits
 * with phone-style separators), and tries the configured regions in order until one matches.
 */
public final class PhoneDetector implements Detector {

  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 40;
  private static final int MAX_SEPARATOR_RUN = 3;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<String> regions;

  public PhoneDetector(List<String> regions) {
    this.regions = List.copyOf(regions);
  }

  @Override
  public void detect(String text, List<Span> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!startsNumber(text, i)) {
        i++;
        continue;
      }
      int start = i;
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
      i = Math.max(end, start + 1);
      boolean plausible = digits >= MIN_DIGITS && digits <= MAX_DIGITS && singleDigitGroups <= 2;
      if (plausible && !Chars.wordCharAt(text, start - 1) && !Chars.wordCharAt(text, end)) {
        match(text, start, end, out);
      }
    }
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
    for (String region : regions) {
      boolean found = false;
      for (PhoneNumberMatch m : util.findNumbers(window, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
        out.add(new Span(EntityType.PHONE, start + m.start(), start + m.end()));
        found = true;
      }
      if (found) {
        return;
      }
    }
  }

  private static boolean startsNumber(String text, int i) {
    char c = text.charAt(i);
    if (Chars.isDigit(c)) {
      return true;
    }
    return (c == '+' || c == '(') && i + 1 < text.length() && Chars.isDigit(text.charAt(i + 1));
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00a0';
  }
}
