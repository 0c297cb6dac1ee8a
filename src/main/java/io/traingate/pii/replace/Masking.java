package io.traingate.pii.replace;

/** The {@code mask} operator: asterisks in place of every character but the last few. */
public final class Masking {
  private Masking() {}

  /**
   * Masks {@code value}, keeping its last {@code keepLast} code points visible only when at least
   * as many stay hidden: keeping 4 of a 6-character value would reveal most of it.
   */
  public static String mask(String value, int keepLast) {
    int codePoints = value.codePointCount(0, value.length());
    int keep = codePoints >= 2 * keepLast ? keepLast : 0;
    int hidden = codePoints - keep;
    int keptFrom = value.offsetByCodePoints(0, hidden);
    return "*".repeat(hidden) + value.substring(keptFrom);
  }
}
