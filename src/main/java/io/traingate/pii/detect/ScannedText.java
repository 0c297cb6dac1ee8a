package io.traingate.pii.detect;

import java.util.Arrays;

/**
 * A text as the detectors read it: its words, and the runs of characters where entities that
 * are not words can be (digits, key-like runs, address-like runs), all found once. Detectors
 * visit these runs instead of each scanning every character, so prose costs one pass over the
 * characters and one over the words, however many detectors there are.
 */
public final class ScannedText {

  // Classes of ASCII characters; any other character is in none.
  private static final byte DIGIT = 1;
  private static final byte LETTER = 1 << 1;
  private static final byte HEX_LETTER = 1 << 2;
  /** {@code _ - .}: inside keys and tokens. */
  private static final byte KEY_PUNCTUATION = 1 << 3;
  private static final byte DOT = 1 << 4;
  private static final byte COLON = 1 << 5;

  private static final byte ALNUM = DIGIT | LETTER;
  private static final byte KEY = ALNUM | KEY_PUNCTUATION;
  private static final byte ADDRESS = DIGIT | HEX_LETTER | DOT | COLON;
  private static final byte[] CLASSES = classes();

  private final Lexicon lexicon;
  private final Tokens tokens = new Tokens();
  /** Made when the first text with a candidate name is scored. */
  private NameFeatures nameFeatures;
  private final Runs digitRuns = new Runs();
  private final Runs keyRuns = new Runs();
  private final Runs alnumRuns = new Runs();
  private final Runs addressRuns = new Runs();
  /** Lines that can be a table's header, found when first asked for: only texts with lines are. */
  private final Runs tableHeaderLines = new Runs();
  private boolean tableHeaderLinesFound;
  /** The column lists of SQL inserts, found when first asked for. */
  private final Runs sqlColumnLists = new Runs();
  private boolean sqlColumnListsFound;
  /** The text's chars: array reads are cheaper than charAt in the two hot loops. */
  private char[] chars = new char[0];
  private String text;

  /**
   * An empty scan, to {@link #read} texts into one after another. Its arrays are kept from text
   * to text: fresh ones for each text would cost more than reading it, as new memory is out of
   * the cache.
   */
  ScannedText(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Scans {@code text}, replacing the text read before; returns this. */
  ScannedText read(String text) {
    clear();
    this.text = text;
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, 2 * chars.length)];
    }
    text.getChars(0, n, chars, 0);
    tokens.read(text, chars, n, lexicon);
    findRuns(n);
    return this;
  }

  /** Forgets the text read, its copy included: a scan kept for the next text holds nothing of this one. */
  void clear() {
    if (text != null) {
      Arrays.fill(chars, 0, text.length(), '\0');
      text = null;
    }
    tokens.clear();
    digitRuns.clear();
    keyRuns.clear();
    alnumRuns.clear();
    addressRuns.clear();
    tableHeaderLines.clear();
    tableHeaderLinesFound = false;
    sqlColumnLists.clear();
    sqlColumnListsFound = false;
  }

  String text() {
    return text;
  }

  Tokens tokens() {
    return tokens;
  }

  /** The scratch of {@link NameScorer}'s features for this scan's texts. */
  NameFeatures nameFeatures() {
    if (nameFeatures == null) {
      nameFeatures = new NameFeatures();
    }
    return nameFeatures;
  }

  /** Every maximal run of ASCII digits. */
  Runs digitRuns() {
    return digitRuns;
  }

  /**
   * Maximal runs of ASCII letters, digits, {@code _}, {@code -} and {@code .} at least
   * {@link ProviderKeyDetector#MIN_TOKEN} long that hold a letter or digit: where API keys can be.
   */
  Runs keyRuns() {
    return keyRuns;
  }

  /** Maximal runs of ASCII letters and digits at least {@link CryptoWalletDetector#MIN_LENGTH} long. */
  Runs alnumRuns() {
    return alnumRuns;
  }

  /**
   * Maximal runs of hex digits, dots and colons that hold a dot or a colon, inside a run of the
   * union of all classes that holds a letter or digit, and a digit or a colon: where IP addresses can be.
   */
  Runs addressRuns() {
    return addressRuns;
  }

  /** The lines that can be a pasted table's header ({@link TableColumns#findHeaderLines}), which two detectors read. */
  Runs tableHeaderLines() {
    if (!tableHeaderLinesFound) {
      TableColumns.findHeaderLines(text, tableHeaderLines);
      tableHeaderLinesFound = true;
    }
    return tableHeaderLines;
  }

  /** The column lists of the text's SQL inserts ({@link TableColumns#findSqlColumnLists}): a dump's rows are a table too. */
  Runs sqlColumnLists() {
    if (!sqlColumnListsFound) {
      TableColumns.findSqlColumnLists(text, sqlColumnLists);
      sqlColumnListsFound = true;
    }
    return sqlColumnLists;
  }

  /** True if the text may hold a table whose columns are named: a header line, or a SQL insert's column list. */
  boolean holdsNamedColumns() {
    return tableHeaderLines().count() > 0 || sqlColumnLists().count() > 0;
  }

  /**
   * Every run of the classes above lies inside a maximal run of their union that holds a letter
   * or digit, so inside or next to a token. Most tokens are short words without digits, with a
   * space or punctuation of no class on each side: their union run is the word itself and holds
   * no run of any kind. The chars are read only around the other tokens, which the tokenizer has
   * marked.
   */
  private void findRuns(int n) {
    int scannedTo = 0;
    for (int t = TokenSearch.nextFlagged(tokens, MAY_HOLD_RUNS, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, MAY_HOLD_RUNS, t + 1)) {
      int start = tokens.start(t);
      int end = tokens.end(t);
      if (end <= scannedTo) {
        continue;
      }
      // a token can go on past the region read for the one before: "É.ZÉ-٣" reads up to the É after Z
      int from = Math.max(start, scannedTo);
      while (from > scannedTo && classOf(chars[from - 1]) != 0) {
        from--;
      }
      int to = end;
      while (to < n && classOf(chars[to]) != 0) {
        to++;
      }
      findRunsIn(from, to);
      scannedTo = to;
    }
  }

  /** Tokens whose union run may hold a run: with a digit, long enough for a key, or next to a union char that is no letter or digit. */
  private static final int MAY_HOLD_RUNS = Tokens.HAS_DIGIT | Tokens.LONG | Tokens.NEXT_TO_CODE_PUNCTUATION;

  /** The runs in {@code [from, to)}, whose ends are no union chars. */
  private void findRunsIn(int from, int to) {
    int i = from;
    while (i < to) {
      if (classOf(chars[i]) == 0) {
        i++;
        continue;
      }
      int start = i;
      int seen = 0;
      int cls;
      while (i < to && (cls = classOf(chars[i])) != 0) {
        seen |= cls;
        i++;
      }
      if ((seen & ALNUM) == 0) {
        continue; // punctuation alone: no detector finds anything in it
      }
      int length = i - start;
      if ((seen & DIGIT) != 0) {
        addRuns(start, i, seen == DIGIT, DIGIT, 1, digitRuns);
      }
      if (length >= ProviderKeyDetector.MIN_TOKEN) {
        addRuns(start, i, (seen & COLON) == 0, KEY, ProviderKeyDetector.MIN_TOKEN, keyRuns);
      }
      if (length >= CryptoWalletDetector.MIN_LENGTH) {
        addRuns(start, i, (seen & (KEY_PUNCTUATION | COLON)) == 0, ALNUM, CryptoWalletDetector.MIN_LENGTH, alnumRuns);
      }
      // IPv4 addresses hold digits and IPv6 ones colons: a word and its full stop hold no address
      if ((seen & (DOT | COLON)) != 0 && (seen & (DIGIT | COLON)) != 0) {
        split(start, i, ADDRESS, 1, DOT | COLON, addressRuns);
      }
    }
  }

  /**
   * Adds the maximal runs of {@code members} in the union run {@code [from, to)}: the whole run,
   * without reading it again, when {@code allMembers} (most numbers and keys).
   */
  private void addRuns(int from, int to, boolean allMembers, int members, int minLength, Runs out) {
    if (allMembers) {
      out.add(from, to);
    } else {
      split(from, to, members, minLength, 0, out);
    }
  }

  /** Adds the maximal runs of {@code members} in {@code [from, to)} that are long enough and hold one of {@code required}. */
  private void split(int from, int to, int members, int minLength, int required, Runs out) {
    int i = from;
    while (i < to) {
      if ((classOf(chars[i]) & members) == 0) {
        i++;
        continue;
      }
      int start = i;
      int seen = 0;
      int cls;
      while (i < to && ((cls = classOf(chars[i])) & members) != 0) {
        seen |= cls;
        i++;
      }
      if (i - start >= minLength && (required == 0 || (seen & required) != 0)) {
        out.add(start, i);
      }
    }
  }

  private static int classOf(char c) {
    return c < 128 ? CLASSES[c] : 0;
  }

  private static byte[] classes() {
    byte[] classes = new byte[128];
    for (char c = '0'; c <= '9'; c++) {
      classes[c] = DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      classes[c] = (byte) (LETTER | (c <= 'f' ? HEX_LETTER : 0));
      classes[Character.toUpperCase(c)] = classes[c];
    }
    classes['_'] = KEY_PUNCTUATION;
    classes['-'] = KEY_PUNCTUATION;
    classes['.'] = KEY_PUNCTUATION | DOT;
    classes[':'] = COLON;
    return classes;
  }
}
