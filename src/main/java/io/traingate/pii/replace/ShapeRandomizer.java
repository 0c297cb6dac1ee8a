package io.traingate.pii.replace;

import java.util.Random;

/** Replaces characters with random ones of the same class, keeping separators and length. */
final class ShapeRandomizer {
  private ShapeRandomizer() {}

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  /** Random digits in place of every digit after the first {@code keepChars} characters. */
  static String digits(String original, int keepChars, Random random) {
    StringBuilder out = new StringBuilder(original.length());
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      out.append(i >= keepChars && c >= '0' && c <= '9' ? (char) ('0' + random.nextInt(10)) : c);
    }
    return out.toString();
  }

  /**
   * Random ASCII letters and digits in place of every ASCII letter and digit from {@code from}
   * on, upper for upper, lower for lower, digit for digit; everything else is kept.
   */
  static String sameClasses(String original, int from, Random random) {
    StringBuilder out = new StringBuilder(original.length());
    out.append(original, 0, from);
    for (int i = from; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append((char) ('0' + random.nextInt(10)));
      } else if (c >= 'A' && c <= 'Z') {
        out.append(UPPER.charAt(random.nextInt(26)));
      } else if (c >= 'a' && c <= 'z') {
        out.append(LOWER.charAt(random.nextInt(26)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
