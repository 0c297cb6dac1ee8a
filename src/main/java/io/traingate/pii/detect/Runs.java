package io.traingate.pii.detect;

import java.util.Arrays;

/** Maximal runs of one character class in a text, as start and end offsets, left to right. */
final class Runs {
  private int count;
  private int[] bounds = new int[8];

  void clear() {
    count = 0;
  }

  void add(int start, int end) {
    if (2 * count == bounds.length) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    count++;
  }

  int count() {
    return count;
  }

  int start(int run) {
    return bounds[2 * run];
  }

  int end(int run) {
    return bounds[2 * run + 1];
  }
}
