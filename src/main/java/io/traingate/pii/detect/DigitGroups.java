package io.traingate.pii.detect;

/**
 * The runs of digit groups in a text, such as {@code 4111 1111 1111 1111} or {@code 078-05-1120}:
 * digit runs joined by single separator characters. A cursor: {@link #next()} moves to the next
 * run, left to right, and the accessors describe the current one. It walks the digit runs that
 * {@link ScannedText} found, so a group costs a few comparisons and no allocation; only a run
 * whose digits are asked for ({@link #digits()}) builds a string.
 */
final class DigitGroups {

  private final String text;
  private final Runs digitRuns;
  private final String separators;
  private int nextDigitRun;

  private int firstRun;
  private int start;
  private int end;
  private int digitCount;
  private int groupCount;
  private int shortestLeadingGroup;
  private int lastGroup;
  private char separator;
  private boolean mixedSeparators;

  private DigitGroups(ScannedText text, String separators) {
    this.text = text.text();
    this.digitRuns = text.digitRuns();
    this.separators = separators;
  }

  /** A cursor before the first run of digit groups joined by one of {@code separators}. */
  static DigitGroups in(ScannedText text, String separators) {
    return new DigitGroups(text, separators);
  }

  /** Moves to the next run of digit groups; false if there is none. */
  boolean next() {
    if (nextDigitRun >= digitRuns.count()) {
      return false;
    }
    int last = nextDigitRun;
    while (joinsNextRun(last)) {
      last++;
    }
    measure(nextDigitRun, last);
    nextDigitRun = last + 1;
    return true;
  }

  /**
   * Shrinks the current run by its last group ("4111 1111 1111 1111 08" to the card before the
   * expiry month); false if it has a single group. The cursor still moves on after the whole run.
   */
  boolean dropLastGroup() {
    if (groupCount == 1) {
      return false;
    }
    measure(firstRun, firstRun + groupCount - 2);
    return true;
  }

  /** Makes digit runs {@code first} to {@code last}, each joined to the next, the current run. */
  private void measure(int first, int last) {
    firstRun = first;
    start = digitRuns.start(first);
    end = digitRuns.end(last);
    digitCount = 0;
    groupCount = last - first + 1;
    shortestLeadingGroup = Integer.MAX_VALUE;
    separator = 0;
    mixedSeparators = false;
    for (int run = first; run <= last; run++) {
      int length = digitRuns.end(run) - digitRuns.start(run);
      digitCount += length;
      if (run == last) {
        lastGroup = length;
      } else {
        shortestLeadingGroup = Math.min(shortestLeadingGroup, length);
        char sep = text.charAt(digitRuns.end(run));
        mixedSeparators |= separator != 0 && sep != separator;
        separator = separator == 0 ? sep : separator;
      }
    }
  }

  /** True if a single separator lies between digit run {@code run} and the next one. */
  private boolean joinsNextRun(int run) {
    return run + 1 < digitRuns.count()
        && digitRuns.start(run + 1) == digitRuns.end(run) + 1
        && separators.indexOf(text.charAt(digitRuns.end(run))) >= 0;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** How many digits the run holds, separators not counted. */
  int digitCount() {
    return digitCount;
  }

  int groupCount() {
    return groupCount;
  }

  /** Length of the shortest group before the last, or {@link Integer#MAX_VALUE} for a single group. */
  int shortestLeadingGroup() {
    return shortestLeadingGroup;
  }

  int lastGroup() {
    return lastGroup;
  }

  /** The first separator, or 0 for a single group. */
  char separator() {
    return separator;
  }

  boolean mixedSeparators() {
    return mixedSeparators;
  }

  /** The run's digits without separators. */
  String digits() {
    return Chars.digitsOf(text, start, end);
  }

  /** True if a letter or digit touches the run on either side, so it is part of a longer token (see {@link Chars#joinsWordAt}). */
  boolean embedded() {
    return Chars.joinsWordAt(text, start - 1) || Chars.joinsWordAt(text, end);
  }
}
