package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.List;

/**
 * Names in the cells of a pasted table (CSV, TSV, a Markdown table) whose header names the column
 * as a person's name: "first_name,last_name,email", "| Name | Phone |". Every cell of such a
 * column, down to the first row with another number of cells, is a name if it is one to four words
 * of letters; the header says what the words alone cannot ("Babajide", "Bakare"). A header line
 * must also name another field of people (e-mail, phone, city …), so "Full Name | Zhou Xin", a row
 * of a form, is no header. Chat lines are ruled out by their chars in one pass, without allocation.
 */
final class TableNames {

  /** Headers of columns that hold people's names, without spaces, hyphens and underscores ("first_name" is "firstname"). */
  private static final long[] NAME_HEADERS = sortedKeys(
      "name names firstname lastname surname givenname familyname fullname contactname customername employeename"
          + " guestname studentname patientname person contact customer employee guest student patient attendee owner"
          + " assignee nombre apellido nom prénom prenom vorname nachname nome cognome sobrenome");
  /** Headers of the other columns a table of people has. */
  static final String PERSON_FIELDS =
      "email mail phone mobile tel telephone city address country team role title department company date dob"
          + " birthdate dateofbirth age id status notes signupdate startdate joined created username user account"
          + " amount score grade class room correo teléfono telefono ciudad adresse ville téléphone telefon stadt"
          + " telefone cidade";
  private static final long[] FIELD_HEADERS = sortedKeys(PERSON_FIELDS);
  private static final String DELIMITERS = ",\t|;";
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_COLUMNS = Long.SIZE;

  private TableNames() {}

  /** Adds a PERSON span for each name cell of the tables in {@code text}. */
  static void find(String text, List<Span> out) {
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      char delimiter = headerDelimiter(text, lineStart, lineEnd);
      lineStart = delimiter == 0 ? lineEnd + 1 : readRows(text, lineStart, lineEnd, delimiter, names);
    }
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** The delimiter of a header line, or 0. Most lines are ruled out by a char no header holds (a digit, a dot, a '?'). */
  private static char headerDelimiter(String text, int from, int to) {
    int present = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int d = delimiterIndex(c);
      if (d >= 0) {
        present |= 1 << d;
      } else if (!Chars.isAsciiLetter(c) && c != ' ' && c != '_' && c != '-' && c != '\r' && (c < 128 || !Character.isLetter(c))) {
        return 0;
      }
    }
    for (int d = 0; d < DELIMITERS.length(); d++) {
      char delimiter = DELIMITERS.charAt(d);
      if ((present & (1 << d)) != 0 && nameColumns(text, from, to, delimiter) != 0 && namesOtherField(text, from, to, delimiter)) {
        return delimiter;
      }
    }
    return 0;
  }

  /** The index of the delimiter in {@link #DELIMITERS}, or -1: a switch, as every char of a line is asked. */
  private static int delimiterIndex(char c) {
    return switch (c) {
      case ',' -> 0;
      case '\t' -> 1;
      case '|' -> 2;
      case ';' -> 3;
      default -> -1;
    };
  }

  /** Bit i set if cell i of the line is a name header. */
  private static long nameColumns(String text, int from, int to, char delimiter) {
    long columns = 0;
    int cell = 0;
    int cellStart = from;
    for (int i = from; i <= to && cell < MAX_COLUMNS; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        if (Arrays.binarySearch(NAME_HEADERS, headerKey(text, cellStart, i)) >= 0) {
          columns |= 1L << cell;
        }
        cell++;
        cellStart = i + 1;
      }
    }
    return columns;
  }

  /** True if every cell of the header line is empty or a header, and one names another field than a name. */
  private static boolean namesOtherField(String text, int from, int to, char delimiter) {
    boolean otherField = false;
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        long key = headerKey(text, cellStart, i);
        boolean field = Arrays.binarySearch(FIELD_HEADERS, key) >= 0;
        if (key != EMPTY && !field && Arrays.binarySearch(NAME_HEADERS, key) < 0) {
          return false;
        }
        otherField |= field;
        cellStart = i + 1;
      }
    }
    return otherField;
  }

  private static final long EMPTY = WordTable.finish(WordTable.START);

  /** The lexicon hash of the cell's letters, case folded, without spaces, hyphens and underscores. */
  private static long headerKey(String text, int from, int to) {
    long hash = WordTable.START;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        hash = WordTable.add(hash, c);
      }
    }
    return WordTable.finish(hash);
  }

  private static long[] sortedKeys(String words) {
    long[] keys = Tokens.keys(words);
    Arrays.sort(keys);
    return keys;
  }

  /** Reads the rows under the header that ends at {@code headerEnd}; returns where the table ends. */
  private static int readRows(String text, int headerStart, int headerEnd, char delimiter, SecondRuleSpans names) {
    long columns = nameColumns(text, headerStart, headerEnd, delimiter);
    int cells = count(text, headerStart, headerEnd, delimiter);
    int rowStart = headerEnd + 1;
    while (rowStart < text.length()) {
      int rowEnd = lineEnd(text, rowStart);
      if (count(text, rowStart, rowEnd, delimiter) != cells) {
        return rowStart;
      }
      int cell = 0;
      int cellStart = rowStart;
      for (int i = rowStart; i <= rowEnd && cell < MAX_COLUMNS; i++) {
        if (i == rowEnd || text.charAt(i) == delimiter) {
          if ((columns & (1L << cell)) != 0) {
            addName(text, cellStart, i, names);
          }
          cell++;
          cellStart = i + 1;
        }
      }
      rowStart = rowEnd + 1;
    }
    return rowStart;
  }

  /** The cell's text without the spaces around it, if it is one to four words of letters (a Markdown rule line is none). */
  private static void addName(String text, int from, int to, SecondRuleSpans names) {
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

  private static int count(String text, int from, int to, char c) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
