package io.traingate.pii.detect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable case-insensitive map from words to flag bits, looked up straight from a region
 * of the text: no substring, no lower-casing copy, so scanning every word of a text stays cheap.
 *
 * <p>The table (every name of dozens of cultures) is far larger than the CPU caches, and nearly
 * every word of a text is looked up, so a probe must cost one memory access: each slot holds a
 * 64-bit hash of the folded word next to its flags, and words are told apart by that hash alone.
 * Two distinct words of a text share a hash with a probability of about 2<sup>-64</sup> per
 * lookup; the construction refuses a table in which two of its own words do.
 */
final class WordTable {
  /** Slot {@code s} is {@code entries[2s]} (the hash, 0 if empty) and {@code entries[2s + 1]} (the flags). */
  private final long[] entries;
  private final int mask;
  private final int shift;

  WordTable(Map<String, Integer> flagsByWord) {
    int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 3)) << 1;
    entries = new long[2 * capacity];
    mask = capacity - 1;
    shift = Long.numberOfLeadingZeros(capacity) + 1;
    Map<Long, String> wordByHash = new HashMap<>();
    for (Map.Entry<String, Integer> entry : flagsByWord.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      long hash = hash(key);
      String earlier = wordByHash.putIfAbsent(hash, key);
      if (earlier != null && !earlier.equals(key)) {
        throw new IllegalStateException("two lexicon words share a 64-bit hash; change the hash seed");
      }
      int slot = find(hash);
      entries[2 * slot] = hash;
      entries[2 * slot + 1] |= entry.getValue();
    }
  }

  /** The flags of the word whose {@link #hash} is {@code hash}, or 0 if absent. */
  int flags(long hash) {
    return (int) entries[2 * find(hash) + 1];
  }

  /** The slot holding {@code hash}, or the empty slot where it would go. */
  private int find(long hash) {
    int slot = (int) (hash >>> shift);
    long stored;
    while ((stored = entries[2 * slot]) != 0 && stored != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * The case-insensitive hash of a word, built a char at a time so that a tokenizer can compute it
   * while it reads the word: {@code finish(add(add(START, c1), c2))}. It is FNV-1a over the folded
   * chars, then MurmurHash3's finaliser so that the high bits (the slot) are mixed; never 0.
   */
  static final long START = 0xcbf29ce484222325L;

  static long hash(CharSequence word) {
    long h = START;
    for (int i = 0; i < word.length(); i++) {
      h = add(h, word.charAt(i));
    }
    return finish(h);
  }

  static long add(long h, char c) {
    return (h ^ fold(c)) * 0x100000001b3L;
  }

  static long finish(long fnv) {
    long h = fnv;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
