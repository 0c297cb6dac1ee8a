package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names in the cells of a pasted table (CSV, TSV, a Markdown table) whose header names the column
 * as a person's name: "first_name,last_name,email", "| Name | Phone |". Every cell of such a
 * column, down to the first row with another number of cells, is a name if it is one to four words
 * of letters; the header says what the words alone cannot ("Babajide", "Bakare").
 */
final class TableNames {

  /** Headers of columns that hold people's names, lower-cased, with spaces, hyphens and underscores removed. */
  private static final Set<String> NAME_HEADERS = Set.of(
      "name", "names", "firstname", "lastname", "surname", "givenname", "familyname", "fullname", "contactname",
      "customername", "employeename", "guestname", "studentname", "patientname", "person", "contact", "customer",
      "employee", "guest", "student", "patient", "attendee", "owner", "assignee", "nombre", "apellido", "nom", "prénom",
      "prenom", "vorname", "nachname", "nome", "cognome", "sobrenome");
  /** Headers of the other columns a table of people has: a header line names one of them too, so "Full Name | Zhou Xin" is a row, no header. */
  private static final Set<String> FIELD_HEADERS = Set.of(
      "email", "mail", "phone", "mobile", "tel", "telephone", "city", "address", "country", "team", "role", "title",
      "department", "company", "date", "dob", "birthdate", "dateofbirth", "age", "id", "status", "notes", "signupdate",
      "startdate", "joined", "created", "username", "user", "account", "amount", "score", "grade", "class", "room",
      "correo", "teléfono", "telefono", "ciudad", "adresse", "ville", "téléphone", "telefon", "stadt", "telefone", "cidade");
  private static final String DELIMITERS = ",\t|;";
  private static final int MAX_NAME_WORDS = 4;

  private TableNames() {}

  /** Adds a PERSON span for each name cell of the tables in {@code text}. */
  static void find(String text, List<Span> out) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      char delimiter = headerDelimiter(text, lineStart, lineEnd);
      if (delimiter != 0) {
        lineStart = readRows(text, lineStart, lineEnd, delimiter, out);
      } else {
        lineStart = lineEnd + 1;
      }
    }
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** The delimiter of a header line that names a name column, or 0. Cheap for lines that are no header: most hold no delimiter. */
  private static char headerDelimiter(String text, int from, int to) {
    for (int d = 0; d < DELIMITERS.length(); d++) {
      char delimiter = DELIMITERS.charAt(d);
      int cells = count(text, from, to, delimiter) + 1;
      if (cells >= 2 && nameColumns(text, from, to, delimiter) != 0 && isHeaderLine(text, from, to, delimiter)) {
        return delimiter;
      }
    }
    return 0;
  }

  /** Bit i set if cell i of the line is a name header (cells past the 64th are not read). */
  private static long nameColumns(String text, int from, int to, char delimiter) {
    long columns = 0;
    int cell = 0;
    int cellStart = from;
    for (int i = from; i <= to && cell < Long.SIZE; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        if (isNameHeader(text, cellStart, i)) {
          columns |= 1L << cell;
        }
        cell++;
        cellStart = i + 1;
      }
    }
    return columns;
  }

  private static boolean isNameHeader(String text, int from, int to) {
    String key = headerKey(text, from, to);
    return key != null && NAME_HEADERS.contains(key);
  }

  /** True if every cell of the line is empty or a header, and one names another field than a name. */
  private static boolean isHeaderLine(String text, int from, int to, char delimiter) {
    boolean otherField = false;
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        String key = headerKey(text, cellStart, i);
        if (key == null || !key.isEmpty() && !NAME_HEADERS.contains(key) && !FIELD_HEADERS.contains(key)) {
          return false;
        }
        otherField |= FIELD_HEADERS.contains(key);
        cellStart = i + 1;
      }
    }
    return otherField;
  }

  /** The cell lower-cased without spaces, hyphens and underscores ("first_name" is "firstname"), or null if it holds other chars. */
  private static String headerKey(String text, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        key.append(c);
      } else if (c != ' ' && c != '_' && c != '-') {
        return null;
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** Reads the rows under the header that ends at {@code headerEnd}; returns where the table ends. */
  private static int readRows(String text, int headerStart, int headerEnd, char delimiter, List<Span> out) {
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
      for (int i = rowStart; i <= rowEnd && cell < Long.SIZE; i++) {
        if (i == rowEnd || text.charAt(i) == delimiter) {
          if ((columns & (1L << cell)) != 0) {
            addName(text, cellStart, i, out);
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
  private static void addName(String text, int from, int to, List<Span> out) {
    while (from < to && text.charAt(from) == ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) == ' ') {
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
      PersonDetector.addUnlessFound(out, from, to);
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
