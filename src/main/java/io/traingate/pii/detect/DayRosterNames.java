package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * The names of a rota whose lines each open with a day and a colon: "Mon: Nagy Bence & Noura\nTue:
 * Diogo & Elvin\nWed: Onni". Each line lists its names as {@link NameList} reads them, parted by
 * commas, "&" or "+". A rota names people of one kind, so where most of the names of all its lines
 * (two at least) are a person's by evidence of their own ({@link VouchedListNames#isVouchedFor}),
 * the others are too, listed or not. A rota of tasks or places finds no such evidence.
 */
final class DayRosterNames {

  /** A rota has a line for each of several days. */
  private static final int MIN_DAYS = 3;

  private DayRosterNames() {}

  /** Adds a PERSON candidate for each name of a day rota in the tokens' text whose names vouch for each other. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.mayHold(':') || !tokens.mayHold('\n')) {
      return;
    }
    int[] starts = null;
    int[] ends = null;
    int[] lineStarts = null;
    int[] lineEnds = null;
    int names = 0;
    int days = 0;
    for (int t = 0; t + 1 < tokens.count(); t++) {
      if (!opensDayLine(tokens, t)) {
        continue;
      }
      if (starts == null) {
        starts = new int[tokens.count()];
        ends = new int[tokens.count()];
        lineStarts = new int[tokens.count()];
        lineEnds = new int[tokens.count()];
      }
      int read = NameList.read(tokens, t + 1, lineStarts, lineEnds);
      System.arraycopy(lineStarts, 0, starts, names, read);
      System.arraycopy(lineEnds, 0, ends, names, read);
      names += read;
      days++;
    }
    if (days >= MIN_DAYS && names > 0) {
      FoundPersons found = new FoundPersons(out);
      if (VouchedListNames.isVouchedFor(tokens, starts, ends, names, found)) {
        NameList.add(tokens, starts, ends, names, found);
      }
    }
  }

  /** True if token {@code t} is a day's name that opens its line before a colon: "Mon: ", "Saturday: ". */
  private static boolean opensDayLine(Tokens tokens, int t) {
    return tokens.gapIs(t + 1, ": ") && (t == 0 || tokens.gapHolds(t, '\n')) && CalendarWords.isCalendarWord(tokens, t);
  }
}
