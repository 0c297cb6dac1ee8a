package io.traingate.pii.detect;

import java.util.Arrays;

/**
 * The words and numbers of a text, each with its lexicon flags and its shape, computed once per
 * text and shared by the detectors that reason about words (names, addresses, ID context).
 * A token is a run of letters, digits and combining marks, with inner apostrophes and hyphens.
 */
public final class Tokens {

  // Shape bits, above the lexicon's flag bits.
  static final int CAPITALIZED = 1 << 24;
  static final int ALL_UPPER = 1 << 25;
  static final int ALL_LOWER = 1 << 26;
  static final int HAS_DIGIT = 1 << 27;
  static final int ALL_DIGITS = 1 << 28;

  private final String text;
  private int count;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] flags = new int[64];

  private Tokens(String text) {
    this.text = text;
  }

  static Tokens of(String text, Lexicon lexicon) {
    Tokens tokens = new Tokens(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isTokenChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isTokenChar(text.charAt(i)) || joinsWords(text, i))) {
        i++;
      }
      tokens.add(start, i, lexicon.flags(text, start, i) | shape(text, start, i));
    }
    return tokens;
  }

  private void add(int start, int end, int tokenFlags) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      flags = Arrays.copyOf(flags, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = tokenFlags;
    count++;
  }

  public int count() {
    return count;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  boolean has(int token, int flag) {
    return token >= 0 && token < count && (flags[token] & flag) != 0;
  }

  /** The characters between token {@code token - 1} and token {@code token}. */
  String gapBefore(int token) {
    int from = token == 0 ? Math.max(0, starts[0] - 8) : ends[token - 1];
    return text.substring(from, starts[token]);
  }

  String text() {
    return text;
  }

  /** True if the token's text equals {@code word}, ignoring case. */
  boolean is(int token, String word) {
    return token >= 0 && token < count && text.regionMatches(true, starts[token], word, 0, word.length())
        && ends[token] - starts[token] == word.length();
  }

  int length(int token) {
    return ends[token] - starts[token];
  }

  private static int shape(String text, int start, int end) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 128) { // the common case, without Character's table lookups
        digit |= Chars.isDigit(c);
        upper |= Chars.isUpper(c);
        lower |= Chars.isLower(c);
        letter |= Chars.isAsciiLetter(c);
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        letter = true;
        upper |= Character.isUpperCase(c);
        lower |= Character.isLowerCase(c);
      }
    }
    int shape = 0;
    char first = text.charAt(start);
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      shape |= CAPITALIZED;
    }
    if (upper && !lower) {
      shape |= ALL_UPPER;
    }
    if (lower && !upper) {
      shape |= ALL_LOWER;
    }
    if (digit) {
      shape |= HAS_DIGIT;
      if (!letter) {
        shape |= ALL_DIGITS;
      }
    }
    return shape;
  }

  private static boolean isTokenChar(char c) {
    if (c < 128) {
      return Chars.isAsciiAlnum(c);
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** An apostrophe or hyphen inside a word (O'Brien, Jean-Luc), but not a possessive 's. */
  private static boolean joinsWords(String text, int i) {
    char c = text.charAt(i);
    if ((c != '\'' && c != '\u2019' && c != '-') || i + 1 >= text.length() || !isTokenChar(text.charAt(i + 1))) {
      return false;
    }
    boolean possessive = c != '-' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= text.length() || !isTokenChar(text.charAt(i + 2)));
    return !possessive;
  }
}
