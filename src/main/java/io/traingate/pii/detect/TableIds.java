package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Identity numbers in the cells of a pasted table whose header names the column as passport,
 * driver's licence or national id numbers ({@link TableColumns}): "nombre\tdni", "full_name,
 * passport_no". The header is the cue, so a cell counts if it looks like an id: groups of letters
 * and digits of an id's length, with four digits or more, joined by single spaces, dashes, dots or
 * slashes ("75 4412893", "121.432.107-01"); a group of letters alone is short ("IL R552-4187"), so
 * "N/A", "pending" or a date in words is none, and a date in digits is none either.
 */
final class TableIds {

  private static final int MIN_DIGITS = 4;
  private static final int MIN_LENGTH = 5;
  private static final int MAX_LENGTH = 20;
  /** The longest group of letters alone in an id: a state's or a prefix's code. */
  private static final int MAX_LETTER_GROUP = 3;

  private TableIds() {}

  /** Adds a GOV_ID span for each id cell of the tables in {@code text}. */
  static void find(ScannedText scan, List<Span> out) {
    if (!scan.holdsNamedColumns()) {
      return; // most texts with lines hold no table
    }
    String text = scan.text();
    SecondRuleSpans ids = new SecondRuleSpans(out, EntityType.GOV_ID);
    TableColumns.read(scan, TableColumns.Kind.GOV_ID, (from, to) -> addId(text, from, to, ids));
  }

  private static void addId(String text, int cellStart, int cellEnd, SecondRuleSpans ids) {
    int from = TableColumns.valueStart(text, cellStart, cellEnd);
    int to = TableColumns.valueEnd(text, from, cellEnd);
    if (isIdLike(text, from, to) && !GovIdDetector.isDate(text.substring(from, to))) {
      ids.add(from, to);
    }
  }

  private static boolean isIdLike(String text, int from, int to) {
    int alnum = 0;
    int digits = 0;
    int groupLetters = 0;
    boolean groupDigit = false;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        alnum++;
        boolean digit = Character.isDigit(c);
        digits += digit ? 1 : 0;
        groupLetters += digit ? 0 : 1;
        groupDigit |= digit;
      } else if (isSeparator(c) && i > from && Character.isLetterOrDigit(text.charAt(i - 1))) {
        if (!groupDigit && groupLetters > MAX_LETTER_GROUP) {
          return false;
        }
        groupLetters = 0;
        groupDigit = false;
      } else {
        return false; // two separators in a row, one at the start, or a char no id holds
      }
    }
    return digits >= MIN_DIGITS && alnum >= MIN_LENGTH && alnum <= MAX_LENGTH;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/';
  }
}
