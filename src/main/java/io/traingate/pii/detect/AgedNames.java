package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Given names with an age in brackets, as case notes, rosters and family lists write a household's
 * children: "Others: Abdi (7), Ifrah (9), Ayaan (2)", "kids Ana (7) and Leo (4)". Two such names
 * at least make the list, each a capitalised word (or one of a script without case) that is no
 * everyday word, and one at least a listed given name: a shopping list's "Apples (3), Pears (5)" is none.
 */
final class AgedNames {

  private static final int MIN_NAMES = 2;
  /** The most digits of an age. */
  private static final int MAX_AGE_DIGITS = 2;

  private AgedNames() {}

  /** Adds a PERSON candidate for each given name before an age, if the text holds two at least. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    int[] names = null; // allocated only for a text with one name before an age
    int count = 0;
    boolean listed = false;
    for (int open = text.indexOf(" (", 1); open >= 0; open = text.indexOf(" (", open + 2)) {
      int name = TokenSearch.endingAt(tokens, open);
      if (name >= 0 && isAge(tokens, name + 1) && mayBeName(tokens, name)) {
        names = names == null ? new int[tokens.count()] : names;
        names[count++] = name;
        listed |= tokens.has(name, Lexicon.FIRST_NAME);
      }
    }
    for (int i = 0; listed && count >= MIN_NAMES && i < count; i++) {
      out.add(new Span(EntityType.PERSON, tokens.start(names[i]), tokens.end(names[i])));
    }
  }

  /** True if token {@code t} is one or two digits alone in round brackets: "(7)". */
  private static boolean isAge(Tokens tokens, int t) {
    return t < tokens.count() && tokens.has(t, Tokens.ALL_DIGITS) && tokens.length(t) <= MAX_AGE_DIGITS
        && tokens.gapIs(t, " (") && tokens.end(t) < tokens.text().length() && tokens.text().charAt(tokens.end(t)) == ')';
  }

  /** A capitalised word, or one of a script without case, that is no everyday word, place nor cue. */
  private static boolean mayBeName(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALIZED | Tokens.CASELESS) && !tokens.has(t, Tokens.ALL_UPPER)
        && !tokens.has(t, Lexicon.COMMON_WORD | Lexicon.FUNCTION_WORD | Lexicon.PLACE | Lexicon.TITLE | Lexicon.RELATION);
  }
}
