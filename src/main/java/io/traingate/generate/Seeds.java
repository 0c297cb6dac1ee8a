package io.traingate.generate;

import java.util.SplittableRandom;

/**
 * Derives the random stream of one record from the run's seed, a purpose and the record's index,
 * so that a record never depends on which worker, bundle or order produced the others.
 */
final class Seeds {
  /** Separate purposes draw from unrelated streams even for the same index. */
  enum Purpose {
    USER_ID,
    CONVERSATION_ID,
    WORKSPACE_ID,
    USER,
    CONVERSATION,
    DUPLICATE,
    BAD_RECORD,
    CONSENT
  }

  private Seeds() {}

  static SplittableRandom random(long seed, Purpose purpose, long index) {
    return new SplittableRandom(mix(seed, purpose, index));
  }

  /** A fixed-width id that no other index shares under this seed and purpose. */
  static String id(String prefix, long seed, Purpose purpose, long index) {
    return prefix + String.format("%016x", mix(seed, purpose, index));
  }

  /**
   * SplitMix64's finalizer over seed, purpose and index: neighbouring indices give unrelated
   * values, and for a fixed seed and purpose it is a bijection of the index (odd multiplier, then
   * invertible steps), so ids made from it never collide.
   */
  static long mix(long seed, Purpose purpose, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + (purpose.ordinal() + 1) * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
