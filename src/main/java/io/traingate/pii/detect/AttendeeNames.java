package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The names of a meeting's attendance, after the word that heads it in minutes: "出席 李丽华、刘志强、陈芳。",
 * "참석 박성호, 박서연, 조지민.", "የተገኙት ዳዊት ገብሬ፣ ተስፋዬ ገብሬ፣ አበበ ወልዴ።", "katılanlar Kerem Koç, Gülşen Şahin."
 * Minutes list who was there as names parted by commas, listed or not, after a heading's colon or
 * on a line of their own: two names at least, each of one to {@link #MAX_WORDS} words that may be a
 * name's, make the list. A script without case shows
 * no end of its last name where no full stop closes it ("ผู้เข้าร่วม กิตติ ศรีสุข, นภา ใจดี บริจาคผ่าน"),
 * so there the last name has no more words than the longest before it.
 */
final class AttendeeNames {

  private static final int MAX_WORDS = 3;
  private static final int MIN_NAMES = 2;
  /** The longest run of Han, kana or Hangul that is one name: "田中さくら". */
  private static final int MAX_CJK_WORD = 5;

  /**
   * "Present" and "attendees" as minutes head their list, in the languages of the name lists: Chinese,
   * Japanese, Korean, Tamil, Amharic, Thai, Bengali, Hindi, Persian and Urdu, Arabic, Hebrew, Georgian,
   * Greek, Russian, Ukrainian and Bulgarian, and the Latin-script ones; and "absent" and "apologies",
   * which head the list of those who sent them.
   */
  private static final long[] ATTENDANCE_WORDS = Tokens.keys(
      "出席 出席者 出席人 参加者 参会 参会人员 与会 與會 參加者 參會 참석 참석자 참가자 출석"
          + " வருகை የተገኙት ተሳታፊዎች ผู้เข้าร่วม ผู้เข้าประชุม উপস্থিত उपस्थित حاضرین الحضور الحاضرون נוכחים משתתפים"
          + " დამსწრენი დაესწრნენ παρόντες присутствовали присутствуют присутні присъстваха"
          + " attendees presentes presenti présents anwesend aanwezig närvarande tilstede läsnä obecni katılanlar hadir waliohudhuria"
          + " கலந்துகொண்டவர்கள் 缺席 欠席 불참 الغياب غائبون غایبین অনুপস্থিত נעדרים απόντες отсутствовали відсутні отсъстваха"
          + " absent absents apologies ausentes assenti excusés abwesend afwezig frånvarande nieobecni");

  /** What parts the names of a list: the commas of Latin, Arabic, Ethiopic and CJK text, and the ideographic list comma. */
  private static final String LIST_COMMAS = ",\u060c\u1363\uff0c\u3001";
  /** What closes a list: full stops (Latin, CJK, Ethiopic, Devanagari, Urdu), a semicolon, a slash, a bracket or a line break. */
  private static final String LIST_ENDS = ".\u3002\u1362\u0964\u06d4;/(\n";

  private AttendeeNames() {}

  /**
   * Adds a PERSON candidate for each name of each attendance list in the tokens' text. A heading word
   * opens the text, follows an opener or comes before a colon ("… 22.2.2025 — présents : …"), so only
   * those words are asked: the openers and colons are found by the text's own fast search, not by
   * asking every token ({@link #ATTENDANCE_WORDS} are too many to skim for).
   */
  static void find(Tokens tokens, List<Span> out) {
    if (tokens.count() == 0 || !tokens.mayHoldAny(ATTENDANCE_WORDS)) {
      return; // no heading of minutes
    }
    tryHeading(tokens, 0, out);
    boolean otherScripts = tokens.anyHas(Tokens.CASELESS | Tokens.HAS_CJK); // the full-width and Ethiopic colons
    String text = tokens.text();
    for (int o = 0; o < FIELD_OPENERS.length(); o++) {
      char opener = FIELD_OPENERS.charAt(o);
      if (opener < 128 ? !tokens.mayHold(opener) : !otherScripts) {
        continue;
      }
      for (int i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) {
        int cue = TokenSearch.firstStartingAfter(tokens, i); // no token holds an opener: the word right after it
        if (cue > 0) {
          tryHeading(tokens, cue, out);
        }
        if (opener != '\n') {
          tryHeading(tokens, cue < 0 ? tokens.count() - 1 : cue - 1, out); // the word before a colon
        }
      }
    }
  }

  /** Adds the list after token {@code cue} if it is a heading word that only a space or colon parts from the list. */
  private static void tryHeading(Tokens tokens, int cue, List<Span> out) {
    if (cue >= 0 && cue + 1 < tokens.count() && tokens.isAny(cue, ATTENDANCE_WORDS) && isAfterHeading(tokens, cue + 1)) {
      addList(tokens, cue + 1, out);
    }
  }

  /**
   * The colons of a heading before the list, Latin, CJK and Ethiopic ("会议记录：出席 …", "የስብሰባ ቃለ ጉባኤ፦ የተገኙት"), and a
   * line break: the heading word opens the text, a line or a field, not a sentence ("உங்கள் வருகை நன்றி").
   */
  private static final String FIELD_OPENERS = ":\uff1a\u1366\n";

  /** True if only a space or a colon parts the list from its heading word: "出席 李丽华", "Attendees: Jo Park". */
  private static boolean isAfterHeading(Tokens tokens, int t) {
    return tokens.gapIs(t, " ") || tokens.gapIs(t, ": ") || tokens.gapIs(t, ":") || tokens.gapIs(t, " : ") || tokens.gapIs(t, "\uff1a");
  }

  /** Adds the names of the list from token {@code first} on, if it holds {@link #MIN_NAMES} or more. */
  private static void addList(Tokens tokens, int first, List<Span> out) {
    String text = tokens.text();
    int[] ends = new int[tokens.count() - first]; // the last word of each name: allocated only under a heading word
    int names = 0;
    int longest = 0;
    for (int start = first; start < tokens.count() && isNameWord(tokens, start, start); ) {
      int last = start;
      while (last + 1 < tokens.count() && last + 1 - start < MAX_WORDS && tokens.gapIs(last + 1, " ") && isNameWord(tokens, last + 1, start)) {
        last++;
      }
      int after = tokens.end(last);
      char next = after < text.length() ? text.charAt(after) : '.';
      boolean comma = LIST_COMMAS.indexOf(next) >= 0;
      boolean closed = comma || LIST_ENDS.indexOf(next) >= 0 || next == ' ' && after + 1 < text.length() && LIST_ENDS.indexOf(text.charAt(after + 1)) >= 0;
      if (!closed && tokens.has(start, Tokens.CAPITALIZED)) {
        closed = !tokens.has(last + 1, Tokens.CAPITALIZED); // a capitalised name ends before a word in lower case: "…, Inês Almeida e a professora"
      } else if (!closed && names > 0) {
        last = Math.min(last, start + longest - 1);
        closed = true;
      }
      if (!closed) {
        break;
      }
      ends[names++] = last;
      longest = Math.max(longest, last - start + 1);
      start = comma ? last + 1 : tokens.count();
    }
    if (names < MIN_NAMES) {
      return;
    }
    int nameStart = first;
    for (int i = 0; i < names; i++) {
      Span name = new Span(EntityType.PERSON, tokens.start(nameStart), tokens.end(ends[i]));
      if (!out.contains(name)) { // a longer one wins over a part found before ("امیر" of "امیر فراهانی"), the same one is no second
        out.add(name);
      }
      nameStart = ends[i] + 1;
    }
  }

  /**
   * True if token {@code t} may be a word of the name that starts at token {@code start}: a
   * capitalised word of letters that is no cue (and a name's particle within it: "Farah binti
   * Osman"), a listed name in lower case, a word of a script without case, or a run of Han, kana or Hangul.
   */
  private static boolean isNameWord(Tokens tokens, int t, int start) {
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
    return capitalized || t > start && tokens.has(t, Lexicon.NAME_PARTICLE) && tokens.has(t, Tokens.ALL_LOWER)
        || isListedInLowerCase(tokens, t);
  }

  /** A listed name that chat writes in lower case and that is no everyday word: "obecni: Małgorzata Szymańska, piotrek". */
  private static boolean isListedInLowerCase(Tokens tokens, int t) {
    int flags = tokens.flags(t);
    return (flags & Tokens.ALL_LOWER) != 0 && (flags & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0
        && (flags & (Lexicon.COMMON_WORD | Lexicon.PLACE)) == 0;
  }
}
