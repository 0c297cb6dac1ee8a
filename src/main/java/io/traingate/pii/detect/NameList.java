package io.traingate.pii.detect;

/**
 * Reads a list of names parted by commas (or "&" and "+"), from its first word on: "李丽华、刘志强、陈芳。", "Kerem Koç,
 * Gülşen Şahin.", "B. Okafor, s. jacquet, Romane and Hollis Hargreaves". Each name has one to
 * {@link #MAX_WORDS} words that may be a name's ({@link #isNameWord}), an initial's full stop among
 * them. A comma closes each name; a full stop, a semicolon, a bracket, a line break or the text's end
 * closes the list, and so does a conjunction's last name ("… and Hollis Hargreaves"). A script
 * without case shows no end of its last name where no full stop closes it ("ผู้เข้าร่วม กิตติ ศรีสุข,
 * นภา ใจดี บริจาคผ่าน"), so there the last name has no more words than the longest before it; a
 * capitalised one ends before a word in lower case ("…, Inês Almeida e a professora").
 */
final class NameList {

  static final int MAX_WORDS = 3;
  /** The longest run of Han, kana or Hangul that is one name: "田中さくら". */
  private static final int MAX_CJK_WORD = 5;
  /** What parts the names of a list: the commas of Latin, Arabic, Ethiopic and CJK text, and the ideographic list comma. */
  static final String LIST_COMMAS = ",\u060c\u1363\uff0c\u3001";
  /** What closes a list: full stops (Latin, CJK, Ethiopic, Devanagari, Urdu), a semicolon, a slash, a bracket or a line break. */
  private static final String LIST_ENDS = ".\u3002\u1362\u0964\u06d4;/(\n";
  /** The words before a list's last name: "Kit and Wout", "Mert ve Selin", "Ulf och Astrid". */
  private static final long[] LAST_NAME_JOINERS = Tokens.keys("and und y e et ve og och és ja и та");

  private NameList() {}

  /**
   * Reads the list's names from token {@code first} on, writing the first and last token of each into
   * {@code starts} and {@code ends} (each as long as the tokens from {@code first} on, at least), and
   * returns how many it read.
   */
  static int read(Tokens tokens, int first, int[] starts, int[] ends) {
    String text = tokens.text();
    int names = 0;
    int longest = 0;
    boolean lastName = false;
    for (int start = first; start < tokens.count() && isNameWord(tokens, start, start); ) {
      int last = start;
      int words = 1; // a surname's particles are not counted: "Tijn van den Berg"
      while (last + 1 < tokens.count() && words < MAX_WORDS && joinsWords(tokens, last) && isNameWord(tokens, last + 1, start)) {
        last++;
        words += isParticle(tokens, last) ? 0 : 1;
      }
      int after = tokens.end(last);
      char next = after < text.length() ? text.charAt(after) : '.';
      boolean comma = !lastName && (LIST_COMMAS.indexOf(next) >= 0 && continuesOnLine(tokens, last + 1) || isAmpersand(tokens, last + 1));
      boolean joined = !lastName && names > 0 && isLastNameJoiner(tokens, last + 1);
      boolean closed = comma || joined || LIST_ENDS.indexOf(next) >= 0
          || next == ' ' && after + 1 < text.length() && LIST_ENDS.indexOf(text.charAt(after + 1)) >= 0;
      if (!closed && tokens.has(start, Tokens.CAPITALIZED)) {
        closed = !tokens.has(last + 1, Tokens.CAPITALIZED);
      } else if (!closed && names > 0) {
        last = Math.min(last, start + longest - 1);
        closed = true;
      }
      if (!closed) {
        break;
      }
      starts[names] = start;
      ends[names++] = last;
      longest = Math.max(longest, last - start + 1);
      lastName = joined;
      start = comma ? last + 1 : joined ? last + 2 : tokens.count();
    }
    return names;
  }

  /**
   * True if token {@code t} goes on the list on the line of the token before it, a space after a Latin
   * comma ("Ananya Bhattacharya,Flipkart,ananya.b@…" is a table's row).
   */
  private static boolean continuesOnLine(Tokens tokens, int t) {
    return t < tokens.count() && !tokens.gapHolds(t, '\n') && !tokens.gapIs(t, ",");
  }

  /** True if an ampersand or a plus sign, a space on each side, parts token {@code t} from the name before: "Jonas & Logan", "sunny + jo". */
  private static boolean isAmpersand(Tokens tokens, int t) {
    return t < tokens.count() && (tokens.gapIs(t, " & ") || tokens.gapIs(t, " + "));
  }

  /** True if a single space parts token {@code t} from the next, or it is an initial: "B. Okafor". */
  private static boolean joinsWords(Tokens tokens, int t) {
    return tokens.gapIs(t + 1, " ") || isInitial(tokens, t);
  }

  /** A single letter and a full stop before a word: "B. Okafor", "s. jacquet". */
  private static boolean isInitial(Tokens tokens, int t) {
    return tokens.length(t) == 1 && !tokens.has(t, Tokens.HAS_DIGIT) && t + 1 < tokens.count() && tokens.gapIs(t + 1, ". ");
  }

  /** True if token {@code t} is a conjunction that a single space parts from the list's names on both sides. */
  private static boolean isLastNameJoiner(Tokens tokens, int t) {
    return t + 1 < tokens.count() && tokens.gapIs(t, " ") && tokens.gapIs(t + 1, " ") && tokens.isAny(t, LAST_NAME_JOINERS);
  }

  /**
   * True if token {@code t} may be a word of the name that starts at token {@code start}: a
   * capitalised word of letters that is no cue (and a name's particle within it: "Farah binti
   * Osman"), an initial, a listed name in lower case, a word of a script without case, or a run of
   * Han, kana or Hangul.
   */
  static boolean isNameWord(Tokens tokens, int t, int start) {
    if (t == start && isInitial(tokens, t)) {
      return true; // though "Y" and "r" are words too
    }
    if (tokens.has(t, Tokens.HAS_DIGIT | Lexicon.FUNCTION_WORD | Lexicon.TITLE | Lexicon.GREETING | Lexicon.SIGNOFF) && !(t > start && tokens.has(t, Lexicon.NAME_PARTICLE))) {
      return false;
    }
    if (tokens.has(t, Tokens.HAS_CJK)) {
      return tokens.length(t) <= MAX_CJK_WORD;
    }
    if (tokens.has(t, Tokens.CASELESS)) {
      return PersonDetector.isCaselessPlainWord(tokens, t);
    }
    boolean capitalized = tokens.has(t, Tokens.CAPITALIZED) && !(tokens.has(t, Tokens.ALL_UPPER) && tokens.length(t) > 1);
    boolean afterInitial = t == start + 1 && isInitial(tokens, start) && tokens.has(t, Tokens.ALL_LOWER); // "r. jansen"
    return capitalized || afterInitial
        || t > start && isParticle(tokens, t)
        || isListedInLowerCase(tokens, t) && (t == start || !tokens.has(start, Tokens.CAPITALIZED)); // not "Violeta son las …"
  }

  /** A surname's particle in lower case: "van", "de", "binti". */
  private static boolean isParticle(Tokens tokens, int t) {
    return tokens.has(t, Lexicon.NAME_PARTICLE) && tokens.has(t, Tokens.ALL_LOWER);
  }

  /** A listed name that chat writes in lower case and that is no everyday word: "obecni: Małgorzata Szymańska, piotrek". */
  static boolean isListedInLowerCase(Tokens tokens, int t) {
    int flags = tokens.flags(t);
    return (flags & Tokens.ALL_LOWER) != 0 && (flags & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0
        && (flags & (Lexicon.COMMON_WORD | Lexicon.PLACE)) == 0;
  }

  /** Adds a PERSON candidate for each of the {@code names} read; a longer one wins over a part found before, the same one is no second. */
  static void add(Tokens tokens, int[] starts, int[] ends, int names, FoundPersons found) {
    for (int i = 0; i < names; i++) {
      found.add(tokens.start(starts[i]), tokens.end(ends[i]));
    }
  }
}
