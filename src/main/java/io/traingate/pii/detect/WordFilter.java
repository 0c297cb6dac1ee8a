package io.traingate.pii.detect;

import java.util.Collection;

/**
 * A blocked Bloom filter over word hashes: "certainly absent" or "maybe present", answered from one
 * 64-byte block. Most words of a chat that are not everyday words are not names either ("get",
 * "meeting", typos, jargon). The filter, 12 to 24 bits a word (128 KB for the lexicon, about 0.1%
 * false "maybe"), stays in the CPU's nearer caches and spares those words a probe of the full name
 * table, which does not. It never says absent for a word it holds.
 */
final class WordFilter {
  private static final int BITS_PER_WORD = 12;
  /** Bits set per word, all in the word's block. */
  private static final int PROBES = 6;
  private static final int LONGS_PER_BLOCK = 8;

  private final long[] bits;
  private final int blockMask;

  WordFilter(Collection<Long> wordHashes) {
    int blocks = Integer.highestOneBit(Math.max(1, wordHashes.size() * BITS_PER_WORD / 512)) << 1;
    bits = new long[blocks * LONGS_PER_BLOCK];
    blockMask = blocks - 1;
    for (long hash : wordHashes) {
      int block = block(hash);
      for (int probe = 0; probe < PROBES; probe++) {
        int bit = bitOf(hash, probe);
        bits[block + (bit >>> 6)] |= 1L << bit;
      }
    }
  }

  /** False only if the word with this {@link WordTable} hash is not among the filter's words. */
  boolean mightHold(long hash) {
    int block = block(hash);
    for (int probe = 0; probe < PROBES; probe++) {
      int bit = bitOf(hash, probe);
      if ((bits[block + (bit >>> 6)] & 1L << bit) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The block, from the hash's low bits (the table's slot comes from its high ones). */
  private int block(long hash) {
    return ((int) hash & blockMask) * LONGS_PER_BLOCK;
  }

  /** The probe's bit within the block (0 to 511): 9 bits each of the hash remixed, so that they owe nothing to the block's. */
  private static int bitOf(long hash, int probe) {
    return (int) (hash * 0x9E3779B97F4A7C15L >>> (10 + 9 * probe)) & 511;
  }
}
