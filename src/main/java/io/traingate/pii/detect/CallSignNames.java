package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The operators of a radio net's log, each named after the amateur call sign they check in with:
 * "Check-ins: MW0HLQ Mark, M7TBI Grace, 2E0LAG niamh". Two such pairs at least make a log, and the
 * word after a call sign must be a listed given name: "B2B Sales" has no call sign (too short) and
 * no given name.
 */
final class CallSignNames {

  private static final int MIN_NAMES = 2;
  private static final int MIN_CALL_SIGN = 4;
  private static final int MAX_CALL_SIGN = 7;

  private CallSignNames() {}

  /** Adds a PERSON candidate for each given name after a call sign, if the text holds two at least. */
  static void find(Tokens tokens, List<Span> out) {
    int[] names = null; // allocated only for a text with one call sign and name
    int count = 0;
    for (int t = TokenSearch.nextFlagged(tokens, Tokens.HAS_DIGIT, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, Tokens.HAS_DIGIT, t + 1)) {
      if (isCallSignAndName(tokens, t)) {
        names = names == null ? new int[tokens.count()] : names;
        names[count++] = t + 1;
      }
    }
    for (int i = 0; count >= MIN_NAMES && i < count; i++) {
      out.add(new Span(EntityType.PERSON, tokens.start(names[i]), tokens.end(names[i])));
    }
  }

  private static boolean isCallSignAndName(Tokens tokens, int t) {
    int name = t + 1;
    return tokens.has(t, Tokens.ALL_UPPER) && name < tokens.count() && tokens.gapIs(name, " ")
        && tokens.has(name, Lexicon.FIRST_NAME) && !tokens.has(name, Tokens.ALL_UPPER)
        && (!tokens.has(name, Lexicon.FUNCTION_WORD) || tokens.has(name, Tokens.CAPITALIZED)) // "GM4FCZ Will"
        && isCallSign(tokens.text(), tokens.start(t), tokens.end(t));
  }

  /**
   * True if the chars are an amateur call sign, as the ITU forms them: a prefix of one or two
   * letters (or a digit and a letter), one digit, and a suffix of one to four letters (G4JPU,
   * MW0HLQ, 2E0LAG, K1ABC).
   */
  static boolean isCallSign(String text, int start, int end) {
    int length = end - start;
    if (length < MIN_CALL_SIGN || length > MAX_CALL_SIGN) {
      return false;
    }
    int i = start;
    if (Chars.isDigit(text.charAt(i))) {
      i++; // the digit of a prefix such as 2E
    }
    int prefix = i;
    while (i < end && Chars.isUpper(text.charAt(i))) {
      i++;
    }
    if (i - prefix < 1 || i - prefix > 2 || i >= end || !Chars.isDigit(text.charAt(i))) {
      return false;
    }
    int suffix = ++i;
    while (i < end && Chars.isUpper(text.charAt(i))) {
      i++;
    }
    return i == end && end - suffix >= 1 && end - suffix <= 4;
  }
}
