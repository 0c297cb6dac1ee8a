package io.traingate.pii.detect;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters: random keys score high, words and fillers low. */
final class Entropy {
  private Entropy() {}

  private static final double LN_2 = Math.log(2);

  static double bitsPerChar(CharSequence s) {
    if (s.length() == 0) {
      return 0;
    }
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double bits = 0;
    for (int count : counts.values()) {
      double p = (double) count / s.length();
      bits -= p * Math.log(p) / LN_2;
    }
    return bits;
  }
}
