package io.traingate.pii.detect;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a pasted table (CSV, TSV, a Markdown table) that its header names: a name column
 * ("first_name", "| Name |"), an identity number's ("dni", "passport_no", "Driver License"), an
 * SSN's or a password's.
 * A header line holds only known headers, one of the wanted kind and one of another ("Full Name |
 * Zhou Xin", a row of a form, is no header; "order_id" is no known header, so a table of orders
 * is none). Every cell of a wanted column, down to the first row with another number of cells, is
 * handed on. A SQL dump's {@code INSERT} names its columns too: the cells of the rows it inserts
 * are read as a table's.
 */
final class TableColumns {

  /** The kinds of column a reader can ask for. */
  enum Kind { NAME, GOV_ID, SSN, PASSWORD, PHONE }

  /** Receives each cell {@code [from, to)} of a wanted column. */
  interface Cells {
    void cell(int from, int to);
  }

  /** Headers of columns that hold people's names, without spaces, hyphens and underscores ("first_name" is "firstname"). */
  private static final long[] NAME_HEADERS = sortedKeys(
      "name names firstname lastname surname givenname familyname fullname realname displayname contactname customername employeename"
          + " guestname studentname patientname person contact customer employee guest student patient attendee owner"
          + " assignee nombre apellido apellidos nom prénom prenom vorname nachname nome cognome sobrenome"
          // the halves of a name as payroll and HR exports head them: "emp_id,first,last,ssn,gross"
          + " first last given family forename middlename");
  /**
   * Headers of columns of passport, driver's licence and national identity numbers, in English and
   * the languages of the ids; a bare "id" is none (orders, users and rows have ids), nor is an SSN,
   * which the SSN detector finds ({@link #SSN_HEADERS}).
   */
  private static final long[] GOV_ID_HEADERS = sortedKeys(
      "passport passportno passportnumber passportnum passportid passportnr passaporte pasaporte passeport reisepass"
          + " reisepassnummer passaporto paszport paspoort pasport passportnummer numeropasaporte numeropassaporte"
          + " nationalid nationalidno nationalidnumber nationalidentitynumber idnumber idno idnum idnr idcard idcardno"
          + " idcardnumber identitynumber identitycard identitycardno identitycardnumber governmentid govid personalid"
          + " driverlicense driverslicense driverlicence driverslicence driverlicenseno driverslicenseno"
          + " driverlicensenumber driverslicensenumber driverlicenceno driverslicenceno drivinglicense drivinglicence"
          + " drivinglicenceno drivinglicencenumber licenseno licenceno licensenumber licencenumber dl dlno dlnumber"
          + " führerschein fuehrerschein führerscheinnummer personalausweis personalausweisnummer ausweisnummer"
          + " dni nie dninie nif cedula cédula curp cpf rg pesel bsn personnummer cpr nric aadhaar aadhar aadhaarno"
          + " aadhaarnumber pan panno pannumber nin nino nationalinsurancenumber sin tckimlikno tckn kimlikno cnic nik"
          + " emiratesid hkid codicefiscale numerodocumento nrodocumento documentoidentidad rut nhsnumber nhsno");
  /** Headers of columns of US social security numbers, whose cells the SSN detector reads. */
  private static final long[] SSN_HEADERS = sortedKeys("ssn ssnno ssnnumber socialsecurity socialsecurityno socialsecuritynumber");
  /** Headers of the other columns a table of people has. */
  static final String PERSON_FIELDS =
      "email mail phone mobile tel telephone city address country team role title department company date dob"
          + " birthdate dateofbirth age id status notes signupdate startdate hiredate joined created username user account"
          + " amount score grade class room correo teléfono telefono ciudad adresse ville téléphone telefon stadt"
          + " telefone cidade street zip zipcode postcode postalcode state province dirección direccion endereço";
  /** Fields that go with an identity number in a table. */
  private static final String DOCUMENT_FIELDS =
      "nationality citizenship gender sex expiry expires expirydate dateofexpiry issued issuedate dateofissue"
          + " issuingcountry nacionalidad nationalität staatsangehörigkeit";
  private static final long[] FIELD_HEADERS = sortedKeys(PERSON_FIELDS + " " + DOCUMENT_FIELDS);
  /** Headers of columns of passwords, as password managers and account sheets export them ("name,url,username,password"). */
  private static final long[] PASSWORD_HEADERS = sortedKeys("password passwd pwd passphrase passwort contraseña senha motdepasse wachtwoord");
  /** Headers of columns of phone numbers, which name a number a phone as words do ("name,email,phone"). */
  private static final long[] PHONE_HEADERS = sortedKeys(
      "phone phoneno phonenumber mobile mobileno mobilenumber mobilephone cell cellphone tel telephone telno contactnumber"
          + " whatsapp teléfono telefono téléphone telefon telefone handy móvil movil celular portable");
  private static final long[][] HEADERS_BY_KIND = {NAME_HEADERS, GOV_ID_HEADERS, SSN_HEADERS, PASSWORD_HEADERS, PHONE_HEADERS};
  private static final String DELIMITERS = ",\t|;";
  private static final int MAX_COLUMNS = Long.SIZE;
  private static final long EMPTY = WordTable.START;

  private TableColumns() {}

  /** Hands on each cell of the columns of {@code kind} of the tables in {@code scan}'s text, and of the rows its SQL inserts. */
  static void read(ScannedText scan, Kind kind, Cells cells) {
    String text = scan.text();
    Runs lines = scan.tableHeaderLines();
    int next = 0;
    for (int l = 0; l < lines.count(); l++) {
      if (lines.start(l) >= next) { // else a row of the table read last
        next = readTable(text, lines.start(l), lines.end(l), kind, cells);
      }
    }
    Runs inserts = scan.sqlColumnLists();
    for (int l = 0; l < inserts.count(); l++) {
      long columns = columns(text, inserts.start(l), inserts.end(l), ',', kind); // named as a header's cells name them
      if (columns != 0) {
        readInsertedRows(text, inserts.end(l) + 1, columns, cells);
      }
    }
  }

  /**
   * Adds to {@code out} the column list {@code [from, to)}, inside its brackets, of each SQL
   * statement "INSERT INTO t (`id`, `ssn`) VALUES (…), (…);" in {@code text}, written in capitals
   * or in lower case as dumps and code write it.
   */
  static void findSqlColumnLists(String text, Runs out) {
    for (String insert : INSERT_KEYWORDS) {
      for (int at = text.indexOf(insert); at >= 0; at = text.indexOf(insert, at + insert.length())) {
        int open = text.indexOf('(', at);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        int line = text.indexOf('\n', at);
        if (close > 0 && (line < 0 || line > open) && opensValues(text, close + 1)) {
          out.add(open + 1, close);
        }
      }
    }
  }

  private static final List<String> INSERT_KEYWORDS = List.of("INSERT INTO", "insert into");

  /** True if {@code VALUES} follows {@code from} after spaces or line breaks. */
  private static boolean opensValues(String text, int from) {
    int i = skipSpaces(text, from);
    return text.regionMatches(true, i, "values", 0, "values".length());
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Reads the rows "(1,'Ana Costa','431626273'),\n(2,…)" that follow the column list ending at
   * {@code listEnd}, past {@code VALUES}: a quoted value is handed on without its quotes, which
   * may hold commas, brackets and quotes doubled or escaped ('O''Brien', 'O\'Brien').
   */
  private static void readInsertedRows(String text, int listEnd, long columns, Cells cells) {
    int n = text.length();
    int i = skipSpaces(text, skipSpaces(text, listEnd) + "values".length());
    while (i < n && text.charAt(i) == '(') {
      int column = 0;
      int cellStart = ++i;
      int cellEnd = -1; // the end of a quoted value
      while (i < n && text.charAt(i) != ')') {
        char c = text.charAt(i);
        if (c == '\'') {
          cellStart = i + 1;
          cellEnd = closingQuote(text, cellStart);
          i = cellEnd < 0 ? n : cellEnd + 1;
        } else if (c == ',') {
          handOn(columns, column++, cellStart, cellEnd < 0 ? i : cellEnd, cells);
          cellStart = ++i;
          cellEnd = -1;
        } else {
          i++;
        }
      }
      if (i >= n) {
        return; // a row cut off: the text ends inside it
      }
      handOn(columns, column, cellStart, cellEnd < 0 ? i : cellEnd, cells);
      i = skipSpaces(text, i + 1);
      if (i >= n || text.charAt(i) != ',') {
        return;
      }
      i = skipSpaces(text, i + 1);
    }
  }

  private static void handOn(long columns, int column, int from, int to, Cells cells) {
    if (column < MAX_COLUMNS && (columns & (1L << column)) != 0) {
      cells.cell(from, to);
    }
  }

  /** The quote that closes the SQL string opening at {@code from}, or -1: '' and \' stand for a quote inside it. */
  private static int closingQuote(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == '\'') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * Adds to {@code out} each line of {@code text} that can be a table's header: a delimiter, no
   * char but letters, spaces, '_' and '-', and a line after it (the rows). Most lines are ruled out
   * by a char no header holds (a digit, a dot, a '?'); the name and the id columns both read the
   * lines found, so a text is read once.
   */
  static void findHeaderLines(String text, Runs out) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      if (lineEnd < text.length() && isHeaderLike(text, lineStart, lineEnd)) { // the last line heads no rows
        out.add(lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
  }

  private static boolean isHeaderLike(String text, int from, int to) {
    boolean delimited = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (delimiterIndex(c) >= 0) {
        delimited = true;
      } else if (!Chars.isAsciiLetter(c) && c != ' ' && c != '_' && c != '-' && c != '\r' && (c < 128 || !Character.isLetter(c))) {
        return false;
      }
    }
    return delimited;
  }

  /** True if {@code [from, to)} names a column or field of people's names: "first_name", "Full Name", "nombre". */
  static boolean isNameHeader(String text, int from, int to) {
    return Arrays.binarySearch(NAME_HEADERS, headerKey(text, from, to)) >= 0;
  }

  /** True if {@code [from, to)} names another field of people: "email", "phone", "city" … */
  static boolean isPersonField(String text, int from, int to) {
    return Arrays.binarySearch(FIELD_HEADERS, headerKey(text, from, to)) >= 0;
  }

  /** Where the value of the cell {@code [from, to)} starts: after its spaces and opening quote. */
  static int valueStart(String text, int from, int to) {
    while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '"')) {
      from++;
    }
    return from;
  }

  /** Where the value of the cell {@code [from, to)} ends: before its closing quote, spaces and a CR line end. */
  static int valueEnd(String text, int from, int to) {
    while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\r' || text.charAt(to - 1) == '"')) {
      to--;
    }
    return to;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** Reads the table whose header is the line {@code [from, to)}, if it is one; returns where the next line to read starts. */
  private static int readTable(String text, int from, int to, Kind kind, Cells cells) {
    int present = 0;
    for (int i = from; i < to; i++) {
      int d = delimiterIndex(text.charAt(i));
      present |= d >= 0 ? 1 << d : 0;
    }
    for (int d = 0; d < DELIMITERS.length(); d++) {
      char delimiter = DELIMITERS.charAt(d);
      long columns = (present & (1 << d)) != 0 ? columns(text, from, to, delimiter, kind) : 0;
      if (columns != 0) {
        return readRows(text, from, to, delimiter, columns, cells);
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
   * Bit i set if cell i of the line (one of the first 64) is a header of {@code kind}; 0 unless the
   * line is a header: every cell empty, a known header or a field's identifier of one word
   * ("employee_id", "payRate"), one of them of the kind and one of another known field. Words
   * with spaces between them that are no known header are prose ("send me your name, ssn").
   */
  private static long columns(String text, int from, int to, char delimiter, Kind kind) {
    long columns = 0;
    boolean otherField = false;
    int cell = 0;
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == delimiter) {
        long key = headerKey(text, cellStart, i);
        boolean wanted = Arrays.binarySearch(HEADERS_BY_KIND[kind.ordinal()], key) >= 0;
        boolean other = !wanted && (Arrays.binarySearch(FIELD_HEADERS, key) >= 0 || isOtherKind(key, kind));
        if (key != EMPTY && !wanted && !other && !isIdentifier(text, cellStart, i)) {
          return 0;
        }
        otherField |= other;
        if (wanted && cell < MAX_COLUMNS) {
          columns |= 1L << cell;
        }
        cell++;
        cellStart = i + 1;
      }
    }
    return otherField ? columns : 0;
  }

  /** True if the cell, past its spaces, is one word of letters that '_' or '-' may join: a field's name in code or an export. */
  private static boolean isIdentifier(String text, int from, int to) {
    int start = valueStart(text, from, to);
    int end = valueEnd(text, start, to);
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ' ') {
        return false;
      }
    }
    return end > start;
  }

  private static boolean isOtherKind(long key, Kind kind) {
    for (Kind other : Kind.values()) {
      if (other != kind && Arrays.binarySearch(HEADERS_BY_KIND[other.ordinal()], key) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The {@link Tokens#key} of the cell's letters, case folded, without spaces, hyphens and underscores. */
  private static long headerKey(String text, int from, int to) {
    long hash = WordTable.START;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        hash = WordTable.add(hash, c);
      }
    }
    return hash;
  }

  private static long[] sortedKeys(String words) {
    long[] keys = Tokens.keys(words);
    Arrays.sort(keys);
    return keys;
  }

  /** Reads the rows under the header that ends at {@code headerEnd}, whose wanted columns are {@code columns}; returns where the table ends. */
  private static int readRows(String text, int headerStart, int headerEnd, char delimiter, long columns, Cells cells) {
    int count = count(text, headerStart, headerEnd, delimiter);
    int rowStart = headerEnd + 1;
    while (rowStart < text.length()) {
      int rowEnd = lineEnd(text, rowStart);
      if (count(text, rowStart, rowEnd, delimiter) != count) {
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
            cells.cell(cellStart, i);
          }
          cell++;
          cellStart = i + 1;
        }
      }
      rowStart = rowEnd + 1;
    }
    return rowStart;
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
