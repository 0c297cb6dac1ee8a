package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.LAST_NAME;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The names of rosters and contact lists, a line each: "Zhou Mingyu 021 6279 4410", "- Vo Thanh Son
 * 028 3822 9177", "Mason Bell 434-53-7282". Two or three capitalised words open the line (after a
 * list marker, if any) and a single space parts them from a phone number or another value of
 * theirs found on it ({@link OwnerNames#wordBeforeValue}), so the words are whose value it is,
 * listed or not, unless they name a firm, a service or a place ("Head Office 020 …", "Tokyo Desk").
 */
final class RosterNames {

  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 3;
  /** The longest numbered list marker: "12." */
  private static final int MAX_MARKER_DIGITS = 2;

  private RosterNames() {}

  /** Adds a PERSON candidate for the name that opens the line of each phone number or other value found so far. */
  static void find(Tokens tokens, List<Span> out) {
    int found = out.size(); // the candidates of the detectors before, values among them
    for (int i = 0; i < found; i++) {
      int last = OwnerNames.wordBeforeValue(tokens, out.get(i), false);
      int first = last;
      while (first >= 0 && last - first < MAX_WORDS && isRosterWord(tokens, first)
          && (first == last || tokens.gapIs(first + 1, " "))) {
        first--;
      }
      first++;
      // the longer span wins over a part found before ("Thanh" of "Vo Thanh Son")
      if (last >= 0 && last - first + 1 >= MIN_WORDS && startsLine(tokens, first)
          && !PersonDetector.namesSomethingElse(tokens, first, last, NameContext.NONE)) {
        out.add(new Span(EntityType.PERSON, tokens.start(first), tokens.end(last)));
      }
    }
  }

  /** A capitalised word of letters that may be part of a name: no everyday word unless a list holds it as a name. */
  private static boolean isRosterWord(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALIZED) && !tokens.has(t, Tokens.HAS_DIGIT | Tokens.ALL_UPPER | Lexicon.FUNCTION_WORD | Lexicon.PLACE
            | Lexicon.TITLE | Lexicon.RELATION | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.NAME_CONTEXT | Lexicon.GOV_CUE)
        && (!tokens.has(t, COMMON_WORD) || tokens.has(t, FIRST_NAME | LAST_NAME | Lexicon.NAME_LIKE_WORD));
  }

  /** True if the token opens its line, after a list marker if any: "- ", "• ", "3. ", "12) ". */
  private static boolean startsLine(Tokens tokens, int t) {
    int opener = t;
    if (t > 0 && tokens.has(t - 1, Tokens.ALL_DIGITS) && tokens.length(t - 1) <= MAX_MARKER_DIGITS
        && (tokens.gapIs(t, ". ") || tokens.gapIs(t, ") "))) {
      opener = t - 1;
    }
    String text = tokens.text();
    for (int i = tokens.start(opener) - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '-' && c != '*' && c != '\u2022' && c != '\u00b7' && c != '\u2013' && c != '\u2014') {
        return false;
      }
    }
    return true;
  }
}
