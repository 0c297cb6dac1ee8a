package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names mentioned as chat apps mention people: "@Jo @Priyanka standup moved", "@jang can you send
 * me the notes". The "@" must start a word (an e-mail address has its local part before it) and the
 * word must end where the mention does: "@john_doe" is a handle, no name. A capitalised mention
 * must be a listed name, one in lower case a listed given name, one of a script without case a
 * listed name ("@小林 配置泄露了", "@أحمد"); everyday and function words are no names ("@here", "@channel").
 */
final class MentionedNames {

  private MentionedNames() {}

  /** Adds a PERSON span for each name mentioned in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int t = 0; t < tokens.count(); t++) {
      int start = tokens.start(t);
      if (startsMention(text, start) && endsMention(text, tokens.end(t)) && isMentionedName(tokens, t)) {
        names.add(start, tokens.end(t));
      }
    }
  }

  /** True if an "@" that starts a word stands right before {@code start}: at the text's start, after a space or "(", "[", ",". */
  private static boolean startsMention(String text, int start) {
    if (start == 0 || text.charAt(start - 1) != '@') {
      return false;
    }
    return start == 1 || Character.isWhitespace(text.charAt(start - 2)) || "([,".indexOf(text.charAt(start - 2)) >= 0;
  }

  /** True if the mention ends at {@code end}: no word char, "-" or "." goes on it, but a full stop may end the sentence. */
  private static boolean endsMention(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char next = text.charAt(end);
    if (next == '.') {
      return end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1));
    }
    return !Chars.isWordChar(next) && next != '-';
  }

  private static boolean isMentionedName(Tokens tokens, int t) {
    if (tokens.has(t, Tokens.HAS_DIGIT | FUNCTION_WORD | COMMON_WORD | Lexicon.PLACE)) {
      return false;
    }
    return tokens.has(t, Tokens.CAPITALIZED) && !tokens.has(t, Tokens.ALL_UPPER) && tokens.has(t, FIRST_NAME | Lexicon.LAST_NAME)
        || tokens.has(t, Tokens.ALL_LOWER) && tokens.has(t, FIRST_NAME)
        || tokens.has(t, Tokens.CASELESS) && tokens.has(t, FIRST_NAME | Lexicon.LAST_NAME);
  }
}
