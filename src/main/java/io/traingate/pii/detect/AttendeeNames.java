package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The names of a meeting's attendance, after the word that heads it in minutes: "出席 李丽华、刘志强、陈芳。",
 * "참석 박성호, 박서연, 조지민.", "የተገኙት ዳዊት ገብሬ፣ ተስፋዬ ገብሬ፣ አበበ ወልዴ።", "katılanlar Kerem Koç, Gülşen Şahin."
 * Minutes list who was there as names parted by commas, listed or not, after a heading's colon or
 * on a line of their own: two names at least make the list ({@link NameList}); a roster's volunteers
 * are listed so too ("Saturday volunteers: …", "周六志愿者：…"). A pasted mail's copy
 * line lists its recipients so, one or more: "cc: Zoé Nicolas", "cc: 吴超, 朱超".
 */
final class AttendeeNames {

  private static final int MIN_NAMES = 2;

  /**
   * "Present" and "attendees" as minutes head their list, in the languages of the name lists: Chinese,
   * Japanese, Korean, Tamil, Amharic, Thai, Bengali, Hindi, Persian and Urdu, Arabic, Hebrew, Georgian,
   * Greek, Russian, Ukrainian and Bulgarian, and the Latin-script ones; "absent" and "apologies",
   * which head the list of those who sent them; and a roster's "volunteers".
   */
  private static final long[] ATTENDANCE_WORDS = Tokens.keys(
      "出席 出席者 出席人 参加者 参会 参会人员 与会 與會 參加者 參會 참석 참석자 참가자 출석"
          + " வருகை የተገኙት ተሳታፊዎች ผู้เข้าร่วม ผู้เข้าประชุม উপস্থিত उपस्थित حاضرین الحضور الحاضرون נוכחים משתתפים"
          + " დამსწრენი დაესწრნენ παρόντες присутствовали присутствуют присутні присъстваха"
          + " attendees presentes presenti présents anwesend aanwezig närvarande tilstede läsnä obecni katılanlar hadir waliohudhuria"
          + " கலந்துகொண்டவர்கள் 缺席 欠席 불참 الغياب غائبون غایبین অনুপস্থিত נעדרים απόντες отсутствовали відсутні отсъстваха"
          + " absent absents apologies ausentes assenti excusés abwesend afwezig frånvarande nieobecni"
          // a roster's volunteers, whom community groups list so: "Saturday volunteers: …", "土曜日のボランティア：…"
          + " volunteers voluntarios voluntários bénévoles freiwillige vrijwilligers volontari wolontariusze gönüllüler relawan"
          + " 志愿者 志願者 ボランティア 자원봉사자 स्वयंसेवक স্বেচ্ছাসেবক தன்னார்வலர்கள் อาสาสมัคร المتطوعون متطوعون מתנדבים ፈቃደኞች"
          + " волонтёры волонтеры волонтери εθελοντές");

  /**
   * The heading words of scripts that do not space their words, which glue them to a day or a
   * meeting's name: "周六志愿者：", "土曜日のボランティア：", "อาสาสมัครวันเสาร์:" (Thai puts the day after).
   */
  private static final List<String> UNSPACED_HEADINGS = List.of(
      "出席", "出席者", "参加者", "参会人员", "与会", "與會", "參加者", "缺席", "欠席", "志愿者", "志願者", "ボランティア",
      "ผู้เข้าร่วม", "อาสาสมัคร");

  /** The copy lines of a pasted mail, whose recipients it names on a line of their own: "cc: Zoé Nicolas", "cc: 吴超, 朱超". */
  private static final long[] COPY_WORDS = Tokens.keys("cc bcc");
  private static final long[] HEADING_WORDS = LongStream.concat(Arrays.stream(ATTENDANCE_WORDS), Arrays.stream(COPY_WORDS)).toArray();

  private AttendeeNames() {}

  /**
   * Adds a PERSON candidate for each name of each attendance list in the tokens' text. A heading word
   * opens the text, follows an opener or comes before a colon ("… 22.2.2025 — présents : …"), so only
   * those words are asked: the openers and colons are found by the text's own fast search, not by
   * asking every token ({@link #ATTENDANCE_WORDS} are too many to skim for).
   */
  static void find(Tokens tokens, List<Span> out) {
    if (tokens.count() == 0 || !tokens.mayHoldAny(HEADING_WORDS) && !tokens.anyHas(Tokens.HAS_CJK | Tokens.CASELESS)) {
      return; // no heading of minutes or copy line, nor a script that glues one to other words
    }
    Lists lists = new Lists(tokens, out);
    tryHeading(tokens, 0, lists);
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
          tryHeading(tokens, cue, lists);
        }
        if (opener != '\n') {
          tryHeading(tokens, cue < 0 ? tokens.count() - 1 : cue - 1, lists); // the word before a colon
        }
      }
    }
  }

  /** Adds the list after token {@code cue} if it is a heading word that only a space or colon parts from the list. */
  private static void tryHeading(Tokens tokens, int cue, Lists lists) {
    if (cue < 0 || cue + 1 >= tokens.count()) {
      return;
    }
    if ((tokens.isAny(cue, ATTENDANCE_WORDS) || endsUnspacedHeading(tokens, cue)) && isAfterHeading(tokens, cue + 1)) {
      lists.add(cue + 1, MIN_NAMES);
    } else if (tokens.isAny(cue, COPY_WORDS) && (cue == 0 || tokens.gapHolds(cue, '\n')) && tokens.gapIs(cue + 1, ": ")) {
      lists.add(cue + 1, 1); // a mail copies one person as often as more
    }
  }

  /** True if token {@code t}, of a script that does not space its words, ends in a heading word, or opens with one in Thai. */
  private static boolean endsUnspacedHeading(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    if (!tokens.has(t, Tokens.HAS_CJK) && !Chars.isThai(text.charAt(start))) {
      return false;
    }
    for (String heading : UNSPACED_HEADINGS) {
      int length = heading.length();
      if (end - start > length && (text.startsWith(heading, end - length) || text.startsWith(heading, start))) {
        return true;
      }
    }
    return false;
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

  /**
   * The lists of one text: the arrays they are read into and the names found, made when the first
   * heading is met and shared by the others, so that a text of many headings costs its size, not its square.
   */
  private static final class Lists {
    private final Tokens tokens;
    private final List<Span> out;
    private int[] starts;
    private int[] ends;
    private FoundPersons found;

    Lists(Tokens tokens, List<Span> out) {
      this.tokens = tokens;
      this.out = out;
    }

    /** Adds the names of the list from token {@code first} on, if it holds {@code minNames} or more. */
    void add(int first, int minNames) {
      if (starts == null) {
        starts = new int[tokens.count()];
        ends = new int[tokens.count()];
        found = new FoundPersons(out);
      }
      int names = NameList.read(tokens, first, starts, ends);
      if (names >= minNames) {
        NameList.add(tokens, starts, ends, names, found); // "امیر فراهانی" wins over its "امیر" found before
      }
    }
  }
}
