package io.traingate.pii.detect;

/** The Verhoeff checksum (dihedral group D5), which India's Aadhaar carries in its last digit: it catches every swap of neighbours. */
final class Verhoeff {

  private static final int[][] MULTIPLY = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] PERMUTE = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 8, 7, 6, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

  private Verhoeff() {}

  /** True if the digit string, its check digit last, passes the Verhoeff check. */
  static boolean isValid(CharSequence digits) {
    int check = 0;
    for (int i = digits.length() - 1, place = 0; i >= 0; i--, place++) {
      check = MULTIPLY[check][PERMUTE[place % 8][digits.charAt(i) - '0']];
    }
    return check == 0;
  }
}
