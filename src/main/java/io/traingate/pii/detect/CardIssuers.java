package io.traingate.pii.detect;

/** Issuer identification ranges and the card lengths each issuer uses. */
final class CardIssuers {
  private CardIssuers() {}

  private static final int MIN_LENGTH = 12;
  private static final int MAX_LENGTH = 19;

  /** True if some issuer uses cards of this many digits. */
  static boolean hasCardLength(int digits) {
    return digits >= MIN_LENGTH && digits <= MAX_LENGTH;
  }

  /** True if some major issuer uses this prefix with this many digits. */
  static boolean accepts(String digits) {
    int len = digits.length();
    if (!hasCardLength(len)) {
      return false;
    }
    int p1 = prefix(digits, 1);
    int p2 = prefix(digits, 2);
    int p3 = prefix(digits, 3);
    int p4 = prefix(digits, 4);
    int p6 = prefix(digits, 6);
    if (p1 == 4) { // Visa
      return len == 13 || len == 16 || len == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) { // Mastercard
      return len == 16;
    }
    if (p2 == 34 || p2 == 37) { // American Express
      return len == 15;
    }
    if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) { // Discover
      return len >= 16;
    }
    if (p2 == 62) { // UnionPay
      return len >= 16;
    }
    if (p2 == 36 || (p3 >= 300 && p3 <= 305) || p2 == 38 || p2 == 39) { // Diners Club
      return len >= 14;
    }
    if (p4 >= 3528 && p4 <= 3589) { // JCB
      return len >= 16;
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 69)) { // Maestro (12-digit ones exist but are too rare to outweigh other numbers)
      return len >= 13;
    }
    if (p4 == 9792) { // Troy, Turkey's scheme (its other range, 65, is Discover's)
      return len == 16;
    }
    return p4 >= 2200 && p4 <= 2204 && len >= 16; // Mir
  }

  private static int prefix(String digits, int length) {
    return Integer.parseInt(digits, 0, length, 10);
  }
}
