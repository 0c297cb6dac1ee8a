package io.traingate.pii.detect;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable case-insensitive map from words to flag bits, looked up straight from a region
 * of the text: no substring, no lower-casing copy, so scanning every word of a text stays cheap.
 *
 * <p>Most words of a text are looked up in a table far larger than the CPU caches, so each slot
 * packs the key's hash and its flags into one {@code long}: a probe costs one memory access, and
 * the key itself is only compared when the hashes agree.
 */
final class WordTable {
  private final long[] hashAndFlags;
  private final String[] keys;
  private final int mask;
  private final int shift;

  WordTable(Map<String, Integer> flagsByWord) {
    int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 3)) << 1;
    hashAndFlags = new long[capacity];
    keys = new String[capacity];
    mask = capacity - 1;
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (Map.Entry<String, Integer> entry : flagsByWord.entrySet()) {
      if (entry.getValue() == 0) {
        continue; // a word without flags is the same as an absent one
      }
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      int hash = hash(key, 0, key.length());
      int slot = slot(hash);
      while (keys[slot] != null && !keys[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      int flags = entry.getValue() | (keys[slot] == null ? 0 : (int) hashAndFlags[slot]);
      keys[slot] = key;
      hashAndFlags[slot] = ((long) hash << 32) | (flags & 0xFFFFFFFFL);
    }
  }

  /** The flags of {@code text[start, end)} compared case-insensitively, or 0 if absent. */
  int flags(CharSequence text, int start, int end) {
    int hash = hash(text, start, end);
    int slot = slot(hash);
    long entry;
    // Flags are never 0 in a used slot, so a zero low half marks the end of the probe run.
    while ((int) (entry = hashAndFlags[slot]) != 0) {
      if ((int) (entry >>> 32) == hash && equalsFolded(keys[slot], text, start, end)) {
        return (int) entry;
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
