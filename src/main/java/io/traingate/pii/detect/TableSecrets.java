package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Passwords in the cells of a pasted table whose header names the column so ({@link TableColumns}),
 * as password managers and account sheets export them: "site,username,password" then
 * "council-portal,mcook@gmx.de,x7Fv!r2Lw9". The header is the cue, so a cell counts if it is one
 * word that could be a real credential ({@link SecretValues#isLiteral}): not empty, no stand-in.
 */
final class TableSecrets {

  private static final int MIN_LENGTH = 4;

  private TableSecrets() {}

  /** Adds a SECRET span for each password cell of the tables in {@code scan}'s text. */
  static void find(ScannedText scan, List<Span> out) {
    if (!scan.holdsNamedColumns()) {
      return; // most texts with lines hold no table
    }
    String text = scan.text();
    SecondRuleSpans secrets = new SecondRuleSpans(out, EntityType.SECRET);
    TableColumns.read(scan, TableColumns.Kind.PASSWORD, (from, to) -> addPassword(text, from, to, secrets));
  }

  private static void addPassword(String text, int cellStart, int cellEnd, SecondRuleSpans secrets) {
    int from = TableColumns.valueStart(text, cellStart, cellEnd);
    int to = TableColumns.valueEnd(text, from, cellEnd);
    if (to - from >= MIN_LENGTH && !holdsSpace(text, from, to) && SecretValues.isLiteral(text.substring(from, to))) {
      secrets.add(from, to);
    }
  }

  private static boolean holdsSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ' ') {
        return true;
      }
    }
    return false;
  }
}
