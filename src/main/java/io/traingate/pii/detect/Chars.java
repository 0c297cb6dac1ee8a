package io.traingate.pii.detect;

/** Cheap ASCII character classes used by the hand-written scanners (no regex), and the digits of a stretch of text. */
final class Chars {
  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The ASCII digits of {@code [from, to)}, without whatever separates them. */
  static String digitsOf(CharSequence text, int from, int to) {
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (isDigit(text.charAt(i))) {
        digits.append(text.charAt(i));
      }
    }
    return digits.toString();
  }

  /** True if {@code [from, to)} is not empty and holds ASCII digits only: a number, a port, a house number. */
  static boolean isDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return from < to;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiAlnum(char c) {
    return isDigit(c) || isAsciiLetter(c);
  }

  static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** A letter of any script, or a mark that joins one: the vowel signs of Indic scripts, Arabic's tanwin ("कैसे", "فوراً"). */
  static boolean isLetterOrMark(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** Letters and digits of any script: a token that touches one is part of a longer word. */
  static boolean isWordChar(char c) {
    return c < 128 ? isAsciiAlnum(c) || c == '_' : Character.isLetterOrDigit(c);
  }

  /** True if the char at {@code i} exists and is a word char. */
  static boolean wordCharAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() && isWordChar(text.charAt(i));
  }

  /**
   * True if the char at {@code i} makes what touches it part of a longer word ("ID123456"). Letters
   * of scripts written without spaces between words do not: in "電話番号は090-1234-5678です" the
   * number stands alone.
   */
  static boolean joinsWordAt(CharSequence text, int i) {
    return wordCharAt(text, i) && !isUnspacedScript(text.charAt(i));
  }

  /**
   * A letter only Vietnamese writes among Latin scripts: ơ, ư, đ, and the vowels with a dot below or a
   * hook above (ạ, ả, ế, ộ …, composed or as combining marks).
   */
  static boolean isVietnameseLetter(char c) {
    return c >= '\u1EA0' && c <= '\u1EF9' || c == '\u01A0' || c == '\u01A1' || c == '\u01AF' || c == '\u01B0'
        || c == '\u0110' || c == '\u0111' || c == '\u0323' || c == '\u0309';
  }

  /** The punctuation of Chinese and Japanese, and its full-width forms: "、", "。", "「", "，", "：", "！". */
  static boolean isFullWidthPunctuation(char c) {
    return c >= '\u3000' && c <= '\u303f' || c >= '\uff01' && c <= '\uff65' && !Character.isLetterOrDigit(c);
  }

  /** Thai, which writes no spaces between words nor full stops between sentences. */
  static boolean isThai(char c) {
    // the block first: Unicode's script lookup is a binary search, and rules ask this of Latin words too
    return c >= '\u0e00' && c <= '\u0e7f' && Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI;
  }

  private static final char KATAKANA_PROLONGED_SOUND = '\u30fc';

  static boolean isUnspacedScript(char c) {
    if (c < 128) {
      return false;
    }
    if (c == KATAKANA_PROLONGED_SOUND) {
      return true; // Unicode gives it to no script, but it ends many Japanese words: サーバー10.1.2.3
    }
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }
}
