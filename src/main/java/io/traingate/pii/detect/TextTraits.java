package io.traingate.pii.detect;

/**
 * What a text contains, counted in one pass before any detector runs: how many digits, which
 * punctuation that entities need, and the longest runs of key-like characters. A detector whose
 * entity cannot fit these traits is skipped, so chat without numbers, {@code @} or long tokens
 * costs one pass instead of one per detector.
 */
public record TextTraits(int digits, int dots, int colons, boolean hasAt, int longestAlnumRun, int longestKeyRun) {

  static TextTraits of(String text) {
    int digits = 0;
    int dots = 0;
    int colons = 0;
    boolean at = false;
    int alnumRun = 0;
    int longestAlnum = 0;
    int keyRun = 0;
    int longestKey = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean alnum = Chars.isAsciiLetter(c);
      if (Chars.isDigit(c)) {
        digits++;
        alnum = true;
      }
      switch (c) {
        case '.' -> dots++;
        case ':' -> colons++;
        case '@' -> at = true;
        default -> { }
      }
      alnumRun = alnum ? alnumRun + 1 : 0;
      keyRun = alnum || c == '_' || c == '-' || c == '.' ? keyRun + 1 : 0;
      longestAlnum = Math.max(longestAlnum, alnumRun);
      longestKey = Math.max(longestKey, keyRun);
    }
    return new TextTraits(digits, dots, colons, at, longestAlnum, longestKey);
  }
}
