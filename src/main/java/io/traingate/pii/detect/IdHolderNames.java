package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The name on a form's line before the holder's identity number: "kayıt: Oğuz Çelik, TC Kimlik No:
 * 34614358318", "wazee: Faraji Mwakyusa, nambari ya kitambulisho 36711586", "אבות: אביב שפירא,
 * מספר תעודת זהות 121477061". Two to {@link #MAX_NAME_WORDS} words of a name open the field after
 * the heading's colon, a comma closes them, and the document's words and its number follow: the
 * words are whose number it is, listed or not, where no rule before found a name.
 */
final class IdHolderNames {

  private static final int MAX_NAME_WORDS = 3;
  /** How many words may name the document between the comma and the number: "nambari ya kitambulisho". */
  private static final int MAX_CUE_WORDS = 4;
  /** The commas that close the name: Latin, Arabic and Ethiopic. */
  private static final String COMMAS = PersonDetector.ADDRESS_COMMAS;

  private IdHolderNames() {}

  /** Adds a PERSON candidate for the holder's name before each identity number found so far. */
  static void find(Tokens tokens, List<Span> out) {
    SecondRuleSpans names = null; // made at the first identity number: most texts hold none
    int found = out.size();
    for (int i = 0; i < found; i++) {
      Span value = out.get(i);
      if (value.type() == EntityType.GOV_ID) {
        names = names == null ? new SecondRuleSpans(out, EntityType.PERSON) : names;
        addHolder(tokens, TokenSearch.startingAt(tokens, value.start()), names);
      }
    }
  }

  /** Adds the name before the document's words that end at the number's token {@code number}, if a form's field holds one. */
  private static void addHolder(Tokens tokens, int number, SecondRuleSpans names) {
    if (number < 0) {
      return;
    }
    int cue = number - 1;
    while (cue > number - 1 - MAX_CUE_WORDS && cue > 0 && !closedByComma(tokens, cue)) {
      cue--;
    }
    if (cue <= 0 || !closedByComma(tokens, cue) || !isCueWords(tokens, cue, number)) {
      return;
    }
    int last = cue - 1;
    int first = last;
    while (first > 0 && last - first + 1 < MAX_NAME_WORDS && tokens.gapIs(first, " ") && isNameWord(tokens, first - 1)) {
      first--;
    }
    if (first < last && isNameWord(tokens, last) && opensField(tokens, first)) {
      names.add(tokens.start(first), tokens.end(last)); // a name found before wins: "المقيمة ريم الحسيني" holds a role, unlisted
    }
  }

  /** True if a comma stands right after the token before {@code t}, and then a space: ", TC Kimlik". */
  private static boolean closedByComma(Tokens tokens, int t) {
    String gap = tokens.gapBefore(t);
    return gap.length() == 2 && COMMAS.indexOf(gap.charAt(0)) >= 0 && gap.charAt(1) == ' ';
  }

  /** True if the words from {@code cue} to the number name the document: one of them is an identity document's cue. */
  private static boolean isCueWords(Tokens tokens, int cue, int number) {
    for (int t = cue; t < number; t++) {
      if (tokens.has(t, Lexicon.GOV_CUE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised word of letters that may be a name's, or a word of a script without case (no Han,
   * kana or Hangul); no label or role ("nombre", "نام", "விண்ணப்பதாரர்").
   */
  private static boolean isNameWord(Tokens tokens, int t) {
    if (tokens.has(t, Lexicon.NAME_CONTEXT)) {
      return false;
    }
    if (tokens.has(t, Tokens.CASELESS)) {
      return PersonDetector.isCaselessPlainWord(tokens, t);
    }
    return tokens.has(t, Tokens.CAPITALIZED) && !tokens.has(t, Tokens.HAS_DIGIT | Tokens.ALL_UPPER | Lexicon.FUNCTION_WORD | Lexicon.COMMON_WORD
        | Lexicon.PLACE | Lexicon.TITLE | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.RELATION | Lexicon.GOV_CUE);
  }

  /** True if the token opens a field after a heading's colon: "kayıt: Oğuz", "אבות: אביב". */
  private static boolean opensField(Tokens tokens, int t) {
    String gap = tokens.gapBefore(t);
    return gap.equals(": ") || gap.equals("\uff1a") || gap.equals("\u1366 ");
  }
}
