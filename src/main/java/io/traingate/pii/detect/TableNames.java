package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names in the cells of a pasted table whose header names the column as a person's name
 * ({@link TableColumns}): "first_name,last_name,email", "| Name | Phone |". A cell of such a column
 * is a name if it is one to four words of letters; the header says what the words alone cannot
 * ("Babajide", "Bakare").
 */
final class TableNames {

  private static final int MAX_NAME_WORDS = 4;

  private TableNames() {}

  /** Adds a PERSON span for each name cell of the tables in {@code text}. */
  static void find(ScannedText scan, List<Span> out) {
    if (!scan.holdsNamedColumns()) {
      return; // most texts with lines hold no table
    }
    String text = scan.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    TableColumns.read(scan, TableColumns.Kind.NAME, (from, to) -> addName(text, from, to, names));
  }

  /** The cell's text without the spaces around it, if it is one to four words of letters (a Markdown rule line is none). */
  static void addName(String text, int from, int to, SecondRuleSpans names) {
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\r')) {
      to--;
    }
    int words = from < to ? 1 : 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '.' && Character.getType(c) != Character.NON_SPACING_MARK) {
        return;
      }
    }
    if (words >= 1 && words <= MAX_NAME_WORDS && Character.isLetter(text.charAt(from))) {
      names.add(from, to);
    }
  }
}
