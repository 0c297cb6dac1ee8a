package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.LAST_NAME;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * A name given as the whole answer to a question asking for it, in the next turn of a transcript:
 * "What's your name?/User: angela/Bot: …", "Could you confirm your full name first?\nCustomer:
 * rebecca cannon". The question says what the answer is, so a name in lower case counts, or one
 * that no list holds if written in capitals over two words or more ("JUN-JUN MACARAEG"). The
 * answer is one to four words of letters with nothing else in its turn.
 */
final class AnsweredNames {

  private static final long[] NAME_WORDS = Tokens.keys("name nombre nom nome naam");
  /** Tokens from "name" to the question mark: "name as it appears on the card?". */
  private static final int MAX_WORDS_TO_QUESTION_MARK = 8;
  private static final int MAX_ANSWER_WORDS = 4;

  private AnsweredNames() {}

  /** Adds a PERSON span for each name that answers a question for it in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.mayHold('?') || !tokens.mayHoldAny(NAME_WORDS)) {
      return; // no question asked, or none for a name
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    // the name words are among NameContext's WORDS: one flag test passes over the other words
    for (int t = TokenSearch.nextFlagged(tokens, Lexicon.NAME_CONTEXT, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, Lexicon.NAME_CONTEXT, t + 1)) {
      if (!tokens.isAny(t, NAME_WORDS)) {
        continue;
      }
      int first = answerStart(tokens, t);
      int last = first < 0 ? -1 : answerEnd(tokens, first);
      if (last >= 0 && isName(tokens, first, last)) {
        names.add(tokens.start(first), tokens.end(last));
        t = last;
      }
    }
  }

  /** The first word of the next turn after the question that asks for the name, past its speaker label; or -1. */
  private static int answerStart(Tokens tokens, int name) {
    for (int k = name + 1; k < tokens.count() && k <= name + MAX_WORDS_TO_QUESTION_MARK; k++) {
      String gap = tokens.gapBefore(k);
      int mark = gap.indexOf('?');
      if (mark >= 0) {
        if (!breaksTurn(gap.substring(mark + 1))) {
          return -1;
        }
        boolean label = k + 1 < tokens.count() && (tokens.gapIs(k + 1, ": ") || tokens.gapIs(k + 1, ":"));
        return label ? k + 1 : k;
      }
      if (breaksTurn(gap)) {
        return -1; // the turn ended without a question
      }
    }
    return -1;
  }

  /** The last word of the answer that starts at {@code first}, if its turn holds nothing else; or -1. */
  private static int answerEnd(Tokens tokens, int first) {
    String text = tokens.text();
    for (int k = first; k < first + MAX_ANSWER_WORDS && k < tokens.count(); k++) {
      if (k + 1 == tokens.count()) {
        return endsAnswer(text.substring(tokens.end(k))) ? k : -1;
      }
      String gap = tokens.gapBefore(k + 1);
      if (breaksTurn(gap)) {
        return endsAnswer(gap) ? k : -1;
      }
      if (!gap.equals(" ")) {
        return -1;
      }
    }
    return -1;
  }

  /** True if the chars after an answer, up to its turn's end, are white space, a full stop or an exclamation mark. */
  private static boolean endsAnswer(String gap) {
    for (int i = 0; i < gap.length() && gap.charAt(i) != '/' && gap.charAt(i) != '\n'; i++) {
      char c = gap.charAt(i);
      if (!Character.isWhitespace(c) && c != '.' && c != '!') {
        return false;
      }
    }
    return true;
  }

  /** A new turn: a line break, or the slash that transcripts written on one line put between turns. */
  private static boolean breaksTurn(String gap) {
    return gap.indexOf('\n') >= 0 || gap.indexOf('/') >= 0;
  }

  private static boolean isName(Tokens tokens, int first, int last) {
    boolean listed = false;
    boolean capitals = true;
    for (int k = first; k <= last; k++) {
      if (tokens.has(k, Tokens.HAS_DIGIT | FUNCTION_WORD) || !tokens.has(k, Tokens.CAPITALIZED | Tokens.ALL_LOWER)) {
        return false;
      }
      listed |= tokens.has(k, FIRST_NAME | LAST_NAME) && !tokens.has(k, Lexicon.COMMON_WORD);
      capitals &= tokens.has(k, Tokens.CAPITALIZED);
    }
    return listed || capitals && last > first;
  }
}
