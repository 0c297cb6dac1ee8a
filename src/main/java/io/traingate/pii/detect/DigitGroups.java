package io.traingate.pii.detect;

import java.util.function.Consumer;

/**
 * A run of digit groups joined by single separator characters, such as {@code 4111 1111 1111 1111}
 * or {@code 078-05-1120}. Scanning it is linear; callers resume after {@link #end()}.
 */
record DigitGroups(
    int start, int end, String digits, int groupCount, int shortestLeadingGroup, int lastGroup, char separator, boolean mixedSeparators) {

  /** Digits kept at most; a longer run is still consumed to its end but is never a candidate. */
  static final int MAX_DIGITS = 40;

  /** Every maximal run of digit groups in {@code text}, left to right. */
  static void forEachRun(ScannedText text, String separators, Consumer<DigitGroups> visit) {
    Runs digitRuns = text.digitRuns();
    int resume = 0;
    for (int r = 0; r < digitRuns.count(); r++) {
      if (digitRuns.start(r) >= resume) {
        DigitGroups run = scan(text.text(), digitRuns.start(r), separators);
        visit.accept(run);
        resume = run.end();
      }
    }
  }

  /**
   * Scans from {@code start} (a digit) over digits and single {@code separators} that sit between
   * two digits.
   */
  static DigitGroups scan(CharSequence text, int start, String separators) {
    StringBuilder digits = new StringBuilder();
    int n = text.length();
    int i = start;
    int groups = 0;
    int shortestLeading = Integer.MAX_VALUE;
    int last = 0;
    char separator = 0;
    boolean mixed = false;
    while (true) {
      int groupStart = i;
      while (i < n && Chars.isDigit(text.charAt(i))) {
        if (digits.length() <= MAX_DIGITS) {
          digits.append(text.charAt(i));
        }
        i++;
      }
      groups++;
      last = i - groupStart;
      if (i + 1 < n && separators.indexOf(text.charAt(i)) >= 0 && Chars.isDigit(text.charAt(i + 1))) {
        shortestLeading = Math.min(shortestLeading, last);
        char sep = text.charAt(i);
        if (separator == 0) {
          separator = sep;
        } else if (sep != separator) {
          mixed = true;
        }
        i++;
      } else {
        break;
      }
    }
    return new DigitGroups(start, i, digits.toString(), groups, shortestLeading, last, separator, mixed);
  }

  boolean tooLong() {
    return digits.length() > MAX_DIGITS;
  }

  /** True if a letter or digit touches the run on either side, so it is part of a longer token (see {@link Chars#joinsWordAt}). */
  boolean embeddedIn(CharSequence text) {
    return Chars.joinsWordAt(text, start - 1) || Chars.joinsWordAt(text, end);
  }
}
