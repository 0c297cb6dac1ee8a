package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The speakers of chat exports, whose lines a timestamp with a time opens: "[22/11/2024, 21:12]
 * Grant Mbeki: not me", "[7/4/24, 12:01 PM] Chase: BBQ at 3", "[2024/03/12 21:05] 王芳: 快递…",
 * and Telegram's header lines "Conceição Ferraz, [09.07.24 10:12]". There a speaker is a display
 * name, so one to three capitalised words or words of a script without case count, even everyday
 * words ("Hope", "Precious"), unless a single word is a role ("Bot", "Support", "Mum").
 */
final class SpeakerNames {

  private static final int MAX_WORDS = 3;
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
      + " error warning info debug notice kernel cron daemon service");

  private SpeakerNames() {}

  /** Adds a PERSON span for each speaker of a timestamped chat line in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    int t = 0;
    for (int lineStart = 0; lineStart < text.length(); lineStart = nextLine(text, lineStart)) {
      int labelStart = ChatTimestamps.labelStart(text, lineStart);
      while (t < tokens.count() && tokens.start(t) < labelStart) {
        t++;
      }
      if (t == tokens.count()) {
        return;
      }
      if (tokens.start(t) != labelStart) {
        continue;
      }
      boolean timed = ChatTimestamps.holdsTime(text, lineStart, labelStart);
      int last = timed ? labelEnd(tokens, t) : headerEnd(tokens, t);
      if (last >= 0 && isDisplayName(tokens, t, last)) {
        int first = t < last && isRole(tokens, t) ? t + 1 : t; // "Agent Kimberly": the name without the role
        names.add(tokens.start(first), tokens.end(last));
      }
    }
  }

  /**
   * True if the token is a role, not a person, when it stands alone before a colon: a title or
   * relation (Agent, Customer, Mum), a word that introduces a name, or one of {@link #NOT_SPEAKERS}.
   */
  static boolean isRole(Tokens tokens, int t) {
    return tokens.has(t, Lexicon.TITLE | Lexicon.RELATION | Lexicon.NAME_CONTEXT) || tokens.isAny(t, NOT_SPEAKERS)
        || PersonDetector.isFieldLabel(tokens, t);
  }

  private static int nextLine(String text, int lineStart) {
    int lineEnd = text.indexOf('\n', lineStart);
    return lineEnd < 0 ? text.length() : lineEnd + 1;
  }

  /** The last word of the speaker that starts at {@code first}, before ": " or a bracketed note and ": "; or -1. */
  private static int labelEnd(Tokens tokens, int first) {
    String text = tokens.text();
    for (int k = first; k < tokens.count() && k < first + MAX_WORDS; k++) {
      if (k > first && !tokens.gapIs(k, " ")) {
        return -1;
      }
      int end = tokens.end(k);
      if (text.startsWith(": ", end) || text.startsWith(" (", end) && closesNote(text, end + 2)) {
        return k;
      }
    }
    return -1;
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
    String text = tokens.text();
    for (int k = first; k < tokens.count() && k < first + MAX_WORDS; k++) {
      if (k > first && !tokens.gapIs(k, " ")) {
        return -1;
      }
      int end = tokens.end(k);
      if (text.startsWith(", [", end)) {
        int timestampEnd = ChatTimestamps.bracketedEnd(text, end + 2);
        boolean endsLine = timestampEnd == text.length() || timestampEnd > 0 && (text.charAt(timestampEnd) == '\n' || text.charAt(timestampEnd) == '\r');
        return endsLine && ChatTimestamps.holdsTime(text, end + 2, timestampEnd) ? k : -1;
      }
    }
    return -1;
  }

  /** True if the words are a display name: letters, capitalised or of a script without case, no function word that is no name, and no role alone. */
  private static boolean isDisplayName(Tokens tokens, int first, int last) {
    for (int k = first; k <= last; k++) {
      boolean caseless = tokens.has(k, Tokens.CASELESS);
      boolean capitalized = tokens.has(k, Tokens.CAPITALIZED) && !(tokens.has(k, Tokens.ALL_UPPER) && tokens.length(k) > 1);
      // a function word that is also a given name may open a full name: "Will Okafor", "May Chen"
      boolean function = tokens.has(k, FUNCTION_WORD) && !(first < last && tokens.has(k, Lexicon.FIRST_NAME | Lexicon.LAST_NAME));
      if (tokens.has(k, Tokens.HAS_DIGIT) || function || !caseless && !capitalized || !caseless && tokens.length(k) < 2) {
        return false;
      }
    }
    return first < last || !isRole(tokens, first);
  }
}
