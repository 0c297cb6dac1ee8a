package io.traingate.pii.detect;

import java.util.Set;

/**
 * The prefixes that Zulu, Xhosa and the other Nguni languages join with a hyphen to a number, as to
 * any word they do not write natively: "Ngishayele ku-071 127 2535" (call me on), "kwe-17 Musgrave
 * Road" (at), "ngo-2024" (in). The number after one is a number in its own right, not the end of a
 * code such as "HOM-22-4471903". Lower case only: "KU-0711" is a code.
 */
final class NumberPrefixes {

  private static final Set<String> NGUNI = Set.of("ku", "kwa", "kwe", "ka", "ngo", "nge", "nga", "ngu");
  /** The longest prefix, for the bounded look back. */
  private static final int MAX_LENGTH = 3;

  private NumberPrefixes() {}

  /**
   * The length of the prefix and its hyphen if one ends right before {@code at} and starts a word,
   * else 0: 4 for the "kwe-" of "kwe-17".
   */
  static int lengthBefore(CharSequence text, int at) {
    int hyphen = at - 1;
    if (hyphen < 1 || text.charAt(hyphen) != '-' || !Chars.isLower(text.charAt(hyphen - 1))) {
      return 0; // most numbers, by the char before them
    }
    int start = hyphen - 1;
    while (start > 0 && hyphen - start < MAX_LENGTH && Chars.isLower(text.charAt(start - 1))) {
      start--;
    }
    if (Chars.joinsWordAt(text, start - 1) || !NGUNI.contains(text.subSequence(start, hyphen).toString())) {
      return 0;
    }
    return at - start;
  }
}
