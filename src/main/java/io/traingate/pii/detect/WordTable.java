package io.traingate.pii.detect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable case-insensitive map from words to flag bits, looked up straight from a region
 * of the text: no substring, no lower-casing copy, so scanning every word of a text stays cheap.
 *
 * <p>The table (every name of dozens of cultures) is larger than the CPU's nearer caches, and
 * nearly every word of a text is looked up, so it is kept small and a probe touches one cache line:
 * each 8-byte slot holds the word's flags in its low {@link #FLAG_BITS} bits and the rest of a
 * 64-bit hash of the folded word above them, and words are told apart by those hash bits alone.
 * Two distinct words of a text share them with a probability of about 2<sup>-44</sup> per lookup;
 * the construction refuses a table in which two of its own words do.
 */
final class WordTable {
  static final int FLAG_BITS = 20;
  private static final long FLAG_MASK = (1L << FLAG_BITS) - 1;

  /** Slot {@code s} is {@code key | flags}, 0 if empty. */
  private final long[] slots;
  private final int mask;
  private final int shift;

  WordTable(Map<String, Integer> flagsByWord) {
    int capacity = Integer.highestOneBit(Math.max(16, flagsByWord.size() * 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    shift = Long.numberOfLeadingZeros(capacity) + 1;
    Map<Long, String> wordByKey = new HashMap<>();
    for (Map.Entry<String, Integer> entry : flagsByWord.entrySet()) {
      if ((entry.getValue() & ~FLAG_MASK) != 0) {
        throw new IllegalArgumentException("lexicon flags must fit in " + FLAG_BITS + " bits");
      }
      String word = entry.getKey().toLowerCase(Locale.ROOT);
      long hash = hash(word);
      String earlier = wordByKey.putIfAbsent(key(hash), word);
      if (earlier != null && !earlier.equals(word)) {
        throw new IllegalStateException("two lexicon words share a hash key; change the hash seed");
      }
      int slot = find(hash);
      slots[slot] |= key(hash) | entry.getValue();
    }
  }

  /** The flags of the word whose {@link #hash} is {@code hash}, or 0 if absent. */
  int flags(long hash) {
    return (int) (slots[find(hash)] & FLAG_MASK);
  }

  /** The slot holding {@code hash}'s key, or the empty slot where it would go. */
  private int find(long hash) {
    long key = key(hash);
    int slot = (int) (hash >>> shift);
    long stored;
    while ((stored = slots[slot]) != 0 && (stored & ~FLAG_MASK) != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The hash bits kept in a slot; never 0, so that a slot with a word is never empty. */
  private static long key(long hash) {
    long key = hash & ~FLAG_MASK;
    return key == 0 ? 1L << FLAG_BITS : key;
  }

  /**
   * The case-insensitive hash of a word, built a char at a time so that a tokenizer can compute it
   * while it reads the word: {@code finish(add(add(START, c1), c2))}. It is FNV-1a over the folded
   * chars, then MurmurHash3's finaliser so that the high bits (the slot) are mixed; never 0.
   */
  static final long START = 0xcbf29ce484222325L;

  static long hash(CharSequence word) {
    return finish(fnv(word));
  }

  /** The word's FNV-1a over folded chars, before {@link #finish}: a key that tells words apart, though its high bits are poorly mixed. */
  static long fnv(CharSequence word) {
    return fnv(word, 0, word.length());
  }

  /** {@link #fnv} of chars {@code [from, to)} of {@code text}, read in place. */
  static long fnv(CharSequence text, int from, int to) {
    long h = START;
    for (int i = from; i < to; i++) {
      h = add(h, text.charAt(i));
    }
    return h;
  }

  static long add(long h, char c) {
    return addFolded(h, fold(c));
  }

  /** {@link #add} for a char the caller has already folded, e.g. from its own lookup table. */
  static long addFolded(long h, char folded) {
    return (h ^ folded) * 0x100000001b3L;
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

  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
