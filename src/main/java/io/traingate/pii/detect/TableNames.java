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
          + " telefone cidade street zip zipcode postcode postalcode state province";
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
      lineStart = readTable(text, lineStart, lineEnd, names);
    }
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /**
   * Reads the table whose header is the line {@code [from, to)}, if it is one; returns where the
   * next line to read starts. Most lines are ruled out by a char no header holds (a digit, a dot, a '?').
   */
  private static int readTable(String text, int from, int to, SecondRuleSpans names) {
    int present = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int d = delimiterIndex(c);
      if (d >= 0) {
        present |= 1 << d;
      } else if (!Chars.isAsciiLetter(c) && c != ' ' && c != '_' && c != '-' && c != '\r' && (c < 128 || !Character.isLetter(c))) {
        return to + 1;
      }
    }
    for (int d = 0; d < DELIMITERS.length(); d++) {
      char delimiter = DELIMITERS.charAt(d);
      long columns = (present & (1 << d)) != 0 ? nameColumns(text, from, to, delimiter) : 0;
      if (columns != 0) {
        return readRows(text, from, to, delimiter, columns, names);
      }
    }
    return to + 1;
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

  /**
   * Bit i set if cell i of the line (one of the first 64) is a name header; 0 unless the line is a
   * header: every cell empty or a header, one of them a name and one another field.
   */
  private static long nameColumns(String text, int from, int to, char delimiter) {
    long columns = 0;
    boolean otherField = false;
    int cell = 0;
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        long key = headerKey(text, cellStart, i);
        boolean field = Arrays.binarySearch(FIELD_HEADERS, key) >= 0;
        boolean name = Arrays.binarySearch(NAME_HEADERS, key) >= 0;
        if (key != EMPTY && !field && !name) {
          return 0;
        }
        otherField |= field;
        if (name && cell < MAX_COLUMNS) {
          columns |= 1L << cell;
        }
        cell++;
        cellStart = i + 1;
      }
    }
    return otherField ? columns : 0;
  }

  private static final long EMPTY = WordTable.finish(WordTable.START);

  /** True if {@code [from, to)} names a column or field of people's names: "first_name", "Full Name", "nombre". */
  static boolean isNameHeader(String text, int from, int to) {
    return Arrays.binarySearch(NAME_HEADERS, headerKey(text, from, to)) >= 0;
  }

  /** True if {@code [from, to)} names another field of people: "email", "phone", "city" … */
  static boolean isPersonField(String text, int from, int to) {
    return Arrays.binarySearch(FIELD_HEADERS, headerKey(text, from, to)) >= 0;
  }

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

  /** Reads the rows under the header that ends at {@code headerEnd}, whose name columns are {@code columns}; returns where the table ends. */
  private static int readRows(String text, int headerStart, int headerEnd, char delimiter, long columns, SecondRuleSpans names) {
    int cells = count(text, headerStart, headerEnd, delimiter);
    int rowStart = headerEnd + 1;
    while (rowStart < text.length()) {
      int rowEnd = lineEnd(text, rowStart);
      if (count(text, rowStart, rowEnd, delimiter) != cells) {
        return rowStart;
      }
      int cell = 0;
      int cellStart = rowStart;
      boolean quoted = false;
      for (int i = rowStart; i <= rowEnd && cell < MAX_COLUMNS; i++) {
        if (i < rowEnd && text.charAt(i) == '"') {
          quoted = !quoted;
        } else if (i == rowEnd || text.charAt(i) == delimiter && !quoted) {
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

  /** The delimiters in {@code [from, to)} outside double quotes: a CSV cell "67/75, Prabhakar Ganj" holds a comma. */
  private static int count(String text, int from, int to, char delimiter) {
    int count = 0;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        count++;
      }
    }
    return count;
  }
}
