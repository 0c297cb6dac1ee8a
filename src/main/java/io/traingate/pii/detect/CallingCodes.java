package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Set;

/**
 * The country calling codes that libphonenumber knows. No calling code starts another (ITU-T
 * E.164), so the digits after "+" or an international prefix start with at most one of them, which
 * libphonenumber's parser takes as the number's country code.
 */
public final class CallingCodes {
  private static final int MAX_DIGITS = 3;
  private static final Set<Integer> CODES = Set.copyOf(PhoneNumberUtil.getInstance().getSupportedCallingCodes());

  private CallingCodes() {}

  /** How many digits the calling code that the ASCII {@code digits} start with at {@code from} has, or 0 if they start with none. */
  public static int lengthAt(String digits, int from) {
    if (from >= digits.length() || digits.charAt(from) == '0') {
      return 0; // no calling code starts with 0, though "043" would parse as 43
    }
    for (int end = from + 1; end <= Math.min(from + MAX_DIGITS, digits.length()); end++) {
      if (CODES.contains(Integer.parseInt(digits, from, end, 10))) {
        return end - from;
      }
    }
    return 0;
  }
}
