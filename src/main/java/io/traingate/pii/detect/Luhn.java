package io.traingate.pii.detect;

/** The Luhn (mod 10) checksum that payment card numbers carry in their last digit. */
public final class Luhn {
  private Luhn() {}

  /** True if the digit string passes the Luhn check. */
  public static boolean isValid(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** The check digit that makes {@code payload} followed by it pass {@link #isValid}. */
  public static char checkDigit(CharSequence payload) {
    for (char c = '0'; c <= '9'; c++) {
      if (isValid(payload.toString() + c)) {
        return c;
      }
    }
    throw new AssertionError("some digit always completes a Luhn sum");
  }
}
