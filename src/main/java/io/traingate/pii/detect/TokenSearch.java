package io.traingate.pii.detect;

/**
 * Finds the next token of a kind. Each search is a small loop of its own, with no calls in it, so
 * the JIT keeps the token arrays in registers: detectors that look for a rare word ("at", "is",
 * a cue) skim a text's tokens several times faster than by testing each in their own loop body.
 */
final class TokenSearch {
  private TokenSearch() {}

  /** The token that starts at char {@code start}, or -1: a binary search of the tokens' starts. */
  static int startingAt(Tokens tokens, int start) {
    return search(tokens, start, false);
  }

  /** The token that ends at char {@code end}, or -1: a binary search of the tokens' ends. */
  static int endingAt(Tokens tokens, int end) {
    return search(tokens, end, true);
  }

  /** The first token that starts after char {@code at}, or -1 if none does. */
  static int firstStartingAfter(Tokens tokens, int at) {
    int low = 0;
    int high = tokens.count();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokens.start(middle) <= at) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low < tokens.count() ? low : -1;
  }

  /** Tokens neither overlap nor nest, so their starts and their ends both ascend. */
  private static int search(Tokens tokens, int at, boolean byEnd) {
    int low = 0;
    int high = tokens.count() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int middleAt = byEnd ? tokens.end(middle) : tokens.start(middle);
      if (middleAt < at) {
        low = middle + 1;
      } else if (middleAt > at) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /** The first token from {@code from} on that is one of the words of these {@link Tokens#keys}, or -1. */
  static int nextWord(Tokens tokens, long[] wordKeys, int from) {
    if (!tokens.mayHoldAny(wordKeys)) {
      return -1;
    }
    // one bit per word by its key's low six bits: most tokens are ruled out by a shift, however many words are sought
    long sieve = 0;
    for (long wordKey : wordKeys) {
      sieve |= 1L << wordKey;
    }
    for (int t = from; t < tokens.count(); t++) {
      if ((sieve >>> tokens.key(t) & 1) != 0 && tokens.isAny(t, wordKeys)) {
        return t;
      }
    }
    return -1;
  }

  /** The first token from {@code from} on that has {@code flag}, or -1. */
  static int nextFlagged(Tokens tokens, int flag, int from) {
    if (!tokens.anyHas(flag)) {
      return -1;
    }
    for (int t = from; t < tokens.count(); t++) {
      if ((tokens.flags(t) & flag) != 0) {
        return t;
      }
    }
    return -1;
  }

  /** The first token from {@code from} on that is the word of this {@link Tokens#key} or has {@code flag}, or -1: one pass for two searches. */
  static int nextWordOrFlagged(Tokens tokens, long wordKey, int flag, int from) {
    for (int t = from; t < tokens.count(); t++) {
      if (tokens.is(t, wordKey) || (tokens.flags(t) & flag) != 0) {
        return t;
      }
    }
    return -1;
  }
}
