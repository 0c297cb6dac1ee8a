package io.traingate.pii.detect;

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

  private final String text;
  private final Tokens tokens;
  private final Runs digitRuns = new Runs();
  private final Runs keyRuns = new Runs();
  private final Runs alnumRuns = new Runs();
  private final Runs addressRuns = new Runs();

  private ScannedText(String text, Lexicon lexicon) {
    this.text = text;
    char[] chars = text.toCharArray(); // array reads are cheaper than charAt in the two hot loops
    this.tokens = Tokens.of(text, chars, lexicon);
    findRuns(chars);
  }

  static ScannedText of(String text, Lexicon lexicon) {
    return new ScannedText(text, lexicon);
  }

  String text() {
    return text;
  }

  Tokens tokens() {
    return tokens;
  }

  /** Every maximal run of ASCII digits. */
  Runs digitRuns() {
    return digitRuns;
  }

  /**
   * Maximal runs of ASCII letters, digits, {@code _}, {@code -} and {@code .} at least
   * {@link ProviderKeyDetector#MIN_TOKEN} long: where API keys can be.
   */
  Runs keyRuns() {
    return keyRuns;
  }

  /** Maximal runs of ASCII letters and digits at least {@link CryptoWalletDetector#MIN_LENGTH} long. */
  Runs alnumRuns() {
    return alnumRuns;
  }

  /** Maximal runs of hex digits, dots and colons that hold a dot or a colon: where IP addresses can be. */
  Runs addressRuns() {
    return addressRuns;
  }

  /**
   * Every run of the classes above lies inside a maximal run of their union. Most such runs are
   * short words without digits or dots, which hold none, so only the others are looked into.
   */
  private void findRuns(char[] chars) {
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (classOf(chars[i]) == 0) {
        i++;
        continue;
      }
      int start = i;
      int seen = 0;
      int cls;
      while (i < n && (cls = classOf(chars[i])) != 0) {
        seen |= cls;
        i++;
      }
      int length = i - start;
      if ((seen & DIGIT) != 0) {
        split(chars, start, i, DIGIT, 1, 0, digitRuns);
      }
      if (length >= ProviderKeyDetector.MIN_TOKEN) {
        split(chars, start, i, KEY, ProviderKeyDetector.MIN_TOKEN, 0, keyRuns);
      }
      if (length >= CryptoWalletDetector.MIN_LENGTH) {
        split(chars, start, i, ALNUM, CryptoWalletDetector.MIN_LENGTH, 0, alnumRuns);
      }
      if ((seen & (DOT | COLON)) != 0) {
        split(chars, start, i, ADDRESS, 1, DOT | COLON, addressRuns);
      }
    }
  }

  /** Adds the maximal runs of {@code members} in {@code [from, to)} that are long enough and hold one of {@code required}. */
  private void split(char[] chars, int from, int to, int members, int minLength, int required, Runs out) {
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
