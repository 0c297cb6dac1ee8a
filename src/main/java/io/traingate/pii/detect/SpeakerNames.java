package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The speakers of chat exports, whose lines a timestamp with a time opens: "[22/11/2024, 21:12]
 * Grant Mbeki: not me", "[7/4/24, 12:01 PM] Chase: BBQ at 3", "[2024/03/12 21:05] 王芳: 快递…",
 * and Telegram's header lines "Conceição Ferraz, [09.07.24 10:12]"; without timestamps, the labels
 * of a conversation among people ("けんじ: …", "ゆい: …", "けんじ: …"). There a speaker is a display
 * name, so one to three capitalised words or words of a script without case count, even everyday
 * words ("Hope", "Precious"), unless a single word is a role ("Bot", "Support", "Mum").
 */
final class SpeakerNames {

  private static final int MAX_WORDS = 3;
  /** How far from a line's start the colon after its speaker (or in Telegram's time) may stand: a timestamp, three words and a note. */
  private static final int MAX_LABEL_REACH = 160;
  /** "Becca (Olly's mum): hi all": a note in brackets between a speaker and the colon. */
  private static final int MAX_NOTE = 40;

  /**
   * Labels before a colon at a line's start that are roles, not people, beyond the titles and
   * relations of the lexicon (Agent, Customer, User), the prefixes of forwarded and answered mail,
   * and the sources of log lines.
   */
  private static final long[] NOT_SPEAKERS = Tokens.keys("re fwd fw aw wg tr rv bot chatbot ai assistant support helpdesk"
      + " caller admin administrator mod moderator staff system sys operator rep representative dev developer ops sales"
      + " billing tech technician advisor adviser specialist consultant interviewer interviewee speaker unknown narrator"
      + " host me you note visitor guest member anonymous anon buyer seller owner driver rider courier shopper server client"
      + " error warning info debug notice kernel cron daemon service"
      // the same roles in the languages of support chats: "Kunde: …", "Mitarbeiter: …", "Klant: …"
      + " kunde mitarbeiter klant medewerker agente operador operadora atendente soporte usuario usuária utilisateur"
      + " conseiller conseillère kund handläggare asiakas müşteri temsilci"
      // the turns of examples pasted into prompts: "Input: …", "Output: …"
      + " input output human question answer example text label step result expected actual response request reply prompt");

  private SpeakerNames() {}

  /** Adds a PERSON span for each speaker in the tokens' text: of a timestamped line, a Telegram header, or a conversation. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    List<int[]> untimed = new ArrayList<>(); // the speakers of lines without a timestamp, until the text shows a conversation
    // kin who speak by their role ("Mama: …", "মা: …", "مامان: …"): no names, but speakers all the same
    List<int[]> relatives = new ArrayList<>();
    // a speaker's line holds a colon near its start, before a space after the speaker or in a bracketed
    // time: the search skips from such colon to colon, so that most texts and lines are passed over unread
    boolean cjk = tokens.anyHas(Tokens.HAS_CJK); // only CJK text writes the full-width colon
    for (int colon = nextLabelColon(text, 0, cjk); colon >= 0; colon = nextLabelColon(text, nextLine(text, colon), cjk)) {
      int lineStart = lineStartNear(text, colon);
      if (lineStart < 0) {
        continue;
      }
      int labelStart = ChatTimestamps.labelStart(text, lineStart);
      int t = TokenSearch.startingAt(tokens, labelStart);
      if (t < 0) {
        continue;
      }
      boolean timed = ChatTimestamps.holdsTime(text, lineStart, labelStart);
      int last = timed ? labelEnd(tokens, t) : headerEnd(tokens, t);
      if (last >= 0 && isDisplayName(tokens, t, last, false)) {
        names.add(tokens.start(withoutRole(tokens, t, last)), tokens.end(last));
      } else if (!timed && (last = labelEnd(tokens, t)) >= 0 && isDisplayName(tokens, t, last, true) && mayNameUntimed(tokens, t, last)) {
        untimed.add(new int[] {t, last});
      } else if (!timed && labelEnd(tokens, t) == t && tokens.has(t, Lexicon.RELATION) && tokens.has(t, Tokens.CAPITALIZED | Tokens.CASELESS)) {
        relatives.add(new int[] {t, t});
      }
    }
    if (isConversation(tokens, untimed, relatives)) {
      for (int[] speaker : untimed) {
        names.add(tokens.start(withoutRole(tokens, speaker[0], speaker[1])), tokens.end(speaker[1]));
      }
    }
  }

  /** The start of the line of {@code colon} if within {@link #MAX_LABEL_REACH} chars before it, else -1. */
  private static int lineStartNear(String text, int colon) {
    int limit = Math.max(0, colon - MAX_LABEL_REACH);
    for (int i = colon - 1; i >= limit; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return limit == 0 ? 0 : -1;
  }

  /** The colon that CJK chat writes after its speakers, with no space after it: "さくら：ありがとう！", "[10:03] 陈雪梅：在李磊那里". */
  private static final char FULL_WIDTH_COLON = '\uff1a';

  /**
   * The first colon from {@code from} on that may end a speaker or stand in a bracketed time, or -1;
   * in CJK text ({@code cjk}) a full-width colon too.
   */
  private static int nextLabelColon(String text, int from, boolean cjk) {
    int colon = nextAsciiLabelColon(text, from);
    int fullWidth = cjk && from < text.length() ? text.indexOf(FULL_WIDTH_COLON, from) : -1;
    return colon < 0 || fullWidth >= 0 && fullWidth < colon ? fullWidth : colon;
  }

  /**
   * The first colon from {@code from} on that may end a speaker (": ") or stand in a bracketed time
   * ("10:12]", "12:01 PM]"), or -1: not the colons of code ("items:"), URLs and times in prose.
   */
  private static int nextAsciiLabelColon(String text, int from) {
    for (int colon = from < text.length() ? text.indexOf(':', from) : -1; colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (colon + 1 < text.length() && (text.charAt(colon + 1) == ' ' || closesBracketSoon(text, colon + 1))) {
        return colon;
      }
    }
    return -1;
  }

  /** The longest rest of a bracketed time after a colon: "01 PM]". */
  private static final int MAX_TIME_REST = 9;

  private static boolean closesBracketSoon(String text, int from) {
    for (int i = from; i < text.length() && i < from + MAX_TIME_REST; i++) {
      if (text.charAt(i) == ']') {
        return true;
      }
    }
    return false;
  }

  /** The start of the line after the line of {@code at}, or the text's length. */
  private static int nextLine(String text, int at) {
    int lineEnd = text.indexOf('\n', at);
    return lineEnd < 0 ? text.length() : lineEnd + 1;
  }

  /**
   * True if the speaker of a line without a timestamp may be a name: no everyday word or place alone
   * ("Note:", "Paris:"), and in a script without case a listed name, kana or a listed surname first.
   */
  private static boolean mayNameUntimed(Tokens tokens, int first, int last) {
    if (tokens.has(first, Tokens.CASELESS)) {
      return isListedName(tokens, first);
    }
    return first < last || !tokens.has(first, Lexicon.COMMON_WORD | Lexicon.PLACE);
  }

  /**
   * True if the labels of lines without a timestamp (first and last token each) are the speakers of a
   * conversation: two at least, kin who speak by their role counting, one a listed name, and either
   * one speaks again ("Hiro: …", "Kat: …", "Hiro: …") or one is a listed given name ("Mateus: …",
   * "Lari: …"). A form names each field once; roles ("Kunde: …", "Mitarbeiter: …") and mail headers
   * ("Received: …") are no listed names.
   */
  private static boolean isConversation(Tokens tokens, List<int[]> labels, List<int[]> relatives) {
    Set<String> distinct = new HashSet<>();
    boolean listed = false;
    boolean givenName = false;
    for (int[] label : labels) {
      distinct.add(labelText(tokens, label));
      listed |= isListedName(tokens, label[0]);
      givenName |= tokens.has(label[0], Lexicon.FIRST_NAME) && !tokens.has(label[0], Lexicon.COMMON_WORD);
    }
    for (int[] relative : relatives) {
      distinct.add(labelText(tokens, relative));
    }
    return listed && distinct.size() >= 2 && (distinct.size() < labels.size() + relatives.size() || givenName);
  }

  private static String labelText(Tokens tokens, int[] label) {
    return tokens.text().substring(tokens.start(label[0]), tokens.end(label[1]));
  }

  /**
   * True if a name list holds the word (not as an everyday word), or it is written in kana or opens
   * with a listed surname: けんじ, 小明's 明 is no surname but 林志明's 林 is.
   */
  private static boolean isListedName(Tokens tokens, int t) {
    if (tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME) && !tokens.has(t, Lexicon.COMMON_WORD)) {
      return true;
    }
    String text = tokens.text();
    int start = tokens.start(t);
    return tokens.has(t, Tokens.HAS_CJK) && (isKana(text, start, tokens.end(t)) || CjkNames.isListedSurname(text, start));
  }

  private static boolean isKana(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      Character.UnicodeBlock block = Character.UnicodeBlock.of(text.charAt(i));
      if (block != Character.UnicodeBlock.HIRAGANA && block != Character.UnicodeBlock.KATAKANA) {
        return false;
      }
    }
    return true;
  }

  /** Where the name of the speaker from {@code first} to {@code last} starts: "Agent Kimberly", "Nonna Pina" without the role. */
  private static int withoutRole(Tokens tokens, int first, int last) {
    return first < last && isRole(tokens, first) ? first + 1 : first;
  }

  /**
   * True if the token is a role, not a person, when it stands alone before a colon: a title or
   * relation (Agent, Customer, Mum), a word that introduces a name, or one of {@link #NOT_SPEAKERS}.
   */
  static boolean isRole(Tokens tokens, int t) {
    return tokens.has(t, Lexicon.TITLE | Lexicon.RELATION | Lexicon.NAME_CONTEXT) || tokens.isAny(t, NOT_SPEAKERS)
        || PersonDetector.isFieldLabel(tokens, t);
  }

  /** The last word of the speaker that starts at {@code first}, before ": ", a full-width colon or a bracketed note and ": "; or -1. */
  private static int labelEnd(Tokens tokens, int first) {
    String text = tokens.text();
    return lastWordBefore(tokens, first, end -> text.startsWith(": ", end) || end < text.length() && text.charAt(end) == FULL_WIDTH_COLON
        || text.startsWith(" (", end) && closesNote(text, end + 2));
  }

  /** True if a note that opened before {@code from} closes within {@link #MAX_NOTE} chars, on its line, before ": ". */
  private static boolean closesNote(String text, int from) {
    for (int i = from; i < text.length() && i < from + MAX_NOTE && text.charAt(i) != '\n'; i++) {
      if (text.charAt(i) == ')') {
        return text.startsWith(": ", i + 1);
      }
    }
    return false;
  }

  /** The last word of the speaker of a Telegram header line, "Name Words, [09.07.24 10:12]"; or -1. */
  private static int headerEnd(Tokens tokens, int first) {
    return lastWordBefore(tokens, first, end -> endsWithHeaderTime(tokens.text(), end));
  }

  /** True if ", [time]" and the line's end follow {@code end}. */
  private static boolean endsWithHeaderTime(String text, int end) {
    if (!text.startsWith(", [", end)) {
      return false;
    }
    int timestampEnd = ChatTimestamps.bracketedEnd(text, end + 2);
    boolean endsLine = timestampEnd == text.length() || timestampEnd > 0 && (text.charAt(timestampEnd) == '\n' || text.charAt(timestampEnd) == '\r');
    return endsLine && ChatTimestamps.holdsTime(text, end + 2, timestampEnd);
  }

  /**
   * The last of one to {@link #MAX_WORDS} words from {@code first}, each after a single space, at
   * whose end {@code endsLabel} holds; or -1.
   */
  private static int lastWordBefore(Tokens tokens, int first, IntPredicate endsLabel) {
    for (int k = first; k < tokens.count() && k < first + MAX_WORDS; k++) {
      if (k > first && !tokens.gapIs(k, " ")) {
        return -1;
      }
      if (endsLabel.test(tokens.end(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True if the words are a display name: letters, capitalised or of a script without case, no
   * function word that is no name, and no role alone. With {@code shoutedNames}, as transcripts and
   * scripts write their speakers ("DANIELLE: So welcome back"), a listed name in capitals counts too.
   */
  private static boolean isDisplayName(Tokens tokens, int first, int last, boolean shoutedNames) {
    for (int k = first; k <= last; k++) {
      boolean caseless = tokens.has(k, Tokens.CASELESS);
      boolean shouted = tokens.has(k, Tokens.ALL_UPPER) && tokens.length(k) > 1;
      boolean capitalized = tokens.has(k, Tokens.CAPITALIZED) && (!shouted || shoutedNames && isListedName(tokens, k));
      // a function word that is also a given name may open a full name: "Will Okafor", "May Chen"
      boolean function = tokens.has(k, FUNCTION_WORD) && !(first < last && tokens.has(k, Lexicon.FIRST_NAME | Lexicon.LAST_NAME));
      if (tokens.has(k, Tokens.HAS_DIGIT) || function || !caseless && !capitalized || !caseless && tokens.length(k) < 2) {
        return false;
      }
    }
    return first < last || !isRole(tokens, first);
  }
}
