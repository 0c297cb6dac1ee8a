package io.traingate.pii.detect;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable case-insensitive map from words to flag bits, looked up straight from a region
 * of the text: no substring, no lower-casing copy, so scanning every word of a text stays cheap.
 */
final class WordTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;
  private final int shift;

  WordTable(Map<String, Integer> flagsByWord) {
    int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 3)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (Map.Entry<String, Integer> entry : flagsByWord.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      int slot = slot(hash(key, 0, key.length()));
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] |= entry.getValue();
    }
  }

  /** The flags of {@code text[start, end)} compared case-insensitively, or 0 if absent. */
  int flags(CharSequence text, int start, int end) {
    int slot = slot(hash(text, start, end));
    while (keys[slot] != null) {
      if (equalsFolded(keys[slot], text, start, end)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /**
   * Fibonacci hashing: short words have small, clustered polynomial hashes, which linear
   * probing turns into long probe runs unless the high bits are mixed into the slot.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h;
  }

  private static boolean equalsFolded(String key, CharSequence text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
