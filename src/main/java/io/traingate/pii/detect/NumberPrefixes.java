package io.traingate.pii.detect;

import java.util.Set;

/**
 * The prefixes that languages join to a number, as to any word, so that the number stands in a word
 * of its own text yet is a number in its own right, not the end of a code such as "HOM-22-4471903":
 * <ul>
 *   <li>Zulu, Xhosa and the other Nguni languages, with a hyphen, as to any word they do not write
 *       natively: "Ngishayele ku-071 127 2535" (call me on), "kwe-17 Musgrave Road" (at), "ngo-2024"
 *       (in), "kuku-235 Umgeni Road" (it is at). Lower case only: "KU-0711" is a code.
 *   <li>Hebrew, its one-letter prepositions and conjunctions (ל to, ב at, מ from, ש that, ו and, ה the, כ
 *       as), one or two of them, with or without a hyphen: "תחזור ל-050-015-0133", "ל+972 50-400-8110".
 *   <li>Amharic, its prepositions, without one: "በ091 362 6651 ይደውሉ" (call on), ከ from, ለ for, ወደ to,
 *       እስከ up to.
 * </ul>
 */
final class NumberPrefixes {

  private static final Set<String> NGUNI = Set.of("ku", "kwa", "kwe", "ka", "ngo", "nge", "nga", "ngu", "kuku");
  /** The longest Nguni prefix, for the bounded look back. */
  private static final int MAX_LENGTH = 4;
  private static final String HEBREW_PREFIX_LETTERS = "לבמשוהכ";
  private static final int MAX_HEBREW_PREFIX_LETTERS = 2;
  private static final Set<String> AMHARIC = Set.of("በ", "ከ", "ለ", "ወደ", "እስከ");
  /** The longest Amharic preposition, for the bounded look back. */
  private static final int MAX_AMHARIC_LENGTH = 3;

  private NumberPrefixes() {}

  /**
   * The length of the prefix and its hyphen if one ends right before {@code at} and starts a word,
   * else 0: 4 for the "kwe-" of "kwe-17", 2 for the "ל-" of "ל-050", 1 for the "በ" of "በ091".
   */
  static int lengthBefore(CharSequence text, int at) {
    if (at < 1) {
      return 0;
    }
    char before = text.charAt(at - 1);
    boolean hyphen = before == '-' || before == MAQAF;
    char letter = hyphen && at >= 2 ? text.charAt(at - 2) : before;
    if (Chars.isLower(letter)) {
      return hyphen && before == '-' ? nguniLength(text, at) : 0;
    }
    if (isHebrewLetter(letter)) {
      int letters = hebrewLength(text, hyphen ? at - 1 : at);
      return letters > 0 && hyphen ? letters + 1 : letters;
    }
    return !hyphen && isEthiopic(letter) ? amharicLength(text, at) : 0; // most numbers, by the char before them
  }

  private static int nguniLength(CharSequence text, int at) {
    int hyphen = at - 1;
    int start = hyphen - 1;
    while (start > 0 && hyphen - start < MAX_LENGTH && Chars.isLower(text.charAt(start - 1))) {
      start--;
    }
    if (Chars.joinsWordAt(text, start - 1) || !NGUNI.contains(text.subSequence(start, hyphen).toString())) {
      return 0;
    }
    return at - start;
  }

  /** The number of Hebrew prefix letters that end at {@code end} and open a word, or 0. */
  private static int hebrewLength(CharSequence text, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_HEBREW_PREFIX_LETTERS && HEBREW_PREFIX_LETTERS.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    return start < end && !Chars.joinsWordAt(text, start - 1) ? end - start : 0;
  }

  private static int amharicLength(CharSequence text, int at) {
    for (int length = 1; length <= MAX_AMHARIC_LENGTH && length <= at; length++) {
      int start = at - length;
      if (!Chars.joinsWordAt(text, start - 1)) {
        return AMHARIC.contains(text.subSequence(start, at).toString()) ? length : 0;
      }
    }
    return 0;
  }

  /** The Hebrew hyphen: ל־050. */
  private static final char MAQAF = '\u05be';

  private static boolean isHebrewLetter(char c) {
    return c >= '\u05d0' && c <= '\u05ea';
  }

  private static boolean isEthiopic(char c) {
    return c >= '\u1200' && c <= '\u137f';
  }
}
