package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.List;

/**
 * A name that the text shows once names the same person where the text repeats it, as a reader
 * takes it: a chat's speaker "Gennaro Esposito: …" is the Esposito of "citofono Esposito", and
 * "asked abena" names the "abena: reviewing PR" of the next line. Each word of a name found by the
 * other rules (no function, cue or particle word) is a name wherever the text repeats it, in the
 * same case: capitalised, or in lower case if a list holds it as a name, or in a script without case
 * if a list holds it ("علی: آره" and "شماره جدید علی رو بفرستید"). A word that is also an everyday one
 * counts only capitalised inside a sentence ("… 9, Will is back", not "Will do").
 */
final class RepeatedNames {

  private static final int MIN_LENGTH = 2;
  /** Short lower-case words are more often words of another language ("xin chào") than names. */
  private static final int MIN_LOWER_CASE_LENGTH = 4;
  /** Words that are never a name's part on their own: function words, the cues of context, particles and places. */
  private static final int NO_NAME = Lexicon.FUNCTION_WORD | Lexicon.TITLE | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.RELATION
      | Lexicon.GOV_CUE | Lexicon.NAME_CONTEXT | Lexicon.NAME_PARTICLE | Lexicon.PLACE | Tokens.HAS_DIGIT;
  /** Chars that join a word to code: a key's "_", a variable's "$", an address's "@". */
  private static final String CODE_CHARS = "_$@";

  private static final long[] NONE = {};

  private RepeatedNames() {}

  /** Adds a PERSON span for each repetition of a word of the PERSON spans found so far. */
  static void find(Tokens tokens, List<Span> out) {
    long[] found = foundNames(tokens, out);
    if (found.length == 0) {
      return; // most texts: nothing to repeat
    }
    long[] capitalized = nameWords(tokens, found, Tokens.CAPITALIZED);
    long[] lowerCase = nameWords(tokens, found, Tokens.ALL_LOWER);
    long[] caseless = tokens.anyHas(Tokens.CASELESS) ? nameWords(tokens, found, Tokens.CASELESS) : NONE;
    if (capitalized.length + lowerCase.length + caseless.length == 0) {
      return;
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON); // reads the spans found when it first adds one
    int name = 0;
    for (int t = 0; t < tokens.count(); t++) {
      while (name < found.length && last(found[name]) < t) {
        name++;
      }
      if (name < found.length && first(found[name]) <= t) {
        t = last(found[name]); // a found name is no repetition of itself
        continue;
      }
      boolean repeated = repeats(capitalized, tokens, t, Tokens.CAPITALIZED) && !precedesGivenName(tokens, t)
          || repeats(lowerCase, tokens, t, Tokens.ALL_LOWER) && !afterDeterminer(tokens, t)
          || repeats(caseless, tokens, t, Tokens.CASELESS);
      if (repeated) {
        int last = PersonDetector.extend(tokens, t, false); // "old name Jessica Dunn, new Jessica Alvarez"
        if (!PersonDetector.namesSomethingElse(tokens, t, last, NameContext.NONE)) {
          names.add(tokens.start(t), tokens.end(last));
        }
        t = last;
      }
    }
  }

  /** The first and last tokens of each PERSON span in {@code out} that tokens bound, as {@code first << 32 | last}, by first token. */
  private static long[] foundNames(Tokens tokens, List<Span> out) {
    long[] found = NONE;
    int n = 0;
    for (Span span : out) {
      int first = span.type() == EntityType.PERSON ? TokenSearch.startingAt(tokens, span.start()) : -1;
      int last = first < 0 ? -1 : TokenSearch.endingAt(tokens, span.end());
      if (last >= first && first >= 0) {
        if (n == found.length) {
          found = Arrays.copyOf(found, Math.max(4, 2 * n));
        }
        found[n++] = (long) first << 32 | last;
      }
    }
    if (n == 0) {
      return NONE; // most texts, without an array made for them
    }
    found = Arrays.copyOf(found, n);
    Arrays.sort(found);
    return found;
  }

  private static int first(long name) {
    return (int) (name >>> 32);
  }

  private static int last(long name) {
    return (int) name;
  }

  private static boolean repeats(long[] words, Tokens tokens, int t, int shape) {
    return words.length > 0 && tokens.has(t, shape) && isNameWord(tokens, t) && Arrays.binarySearch(words, tokens.key(t)) >= 0
        && mayRepeat(tokens, t);
  }

  /** The sorted keys of the name words with {@code shape} of the {@link #foundNames} that name no firm or place. */
  private static long[] nameWords(Tokens tokens, long[] found, int shape) {
    long[] keys = new long[0];
    int n = 0;
    for (long name : found) {
      if (PersonDetector.namesSomethingElse(tokens, first(name), last(name), NameContext.NONE)) {
        continue; // "Dunmore Textiles Ltd" after "Beneficiary:"
      }
      for (int t = first(name); t <= last(name); t++) {
        if (tokens.has(t, shape) && isNameWord(tokens, t)) {
          if (n == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, 2 * n));
          }
          keys[n++] = tokens.key(t);
        }
      }
    }
    keys = Arrays.copyOf(keys, n);
    Arrays.sort(keys);
    return keys;
  }

  /**
   * True if the token may be a word of a name on its own: letters, no cue, no word in capitals
   * ("ELLIE don't post" shouts), an everyday word only capitalised ("Will"), a lower-case word only
   * if a list holds it as a name ("xin chào").
   */
  private static boolean isNameWord(Tokens tokens, int t) {
    if (tokens.has(t, NO_NAME) || tokens.length(t) < MIN_LENGTH || tokens.has(t, Tokens.ALL_UPPER)) {
      return false;
    }
    if (tokens.has(t, Tokens.CASELESS)) { // no capital marks a name there, so a list must hold it; Han, kana and Hangul CjkNames reads
      return !tokens.has(t, Tokens.HAS_CJK | Lexicon.COMMON_WORD) && tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME);
    }
    return tokens.has(t, Tokens.CAPITALIZED) || tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME) && !tokens.has(t, Lexicon.COMMON_WORD)
        && tokens.length(t) >= MIN_LOWER_CASE_LENGTH;
  }

  /**
   * True if the name word {@code t} may repeat a name: outside code; where a sentence may start, a
   * listed name ("Lettings Negotiator" opens a line as any word does); an everyday word or a month
   * only inside a sentence.
   */
  private static boolean mayRepeat(Tokens tokens, int t) {
    if (isInCode(tokens, t)) {
      return false;
    }
    boolean inside = insideSentence(tokens, t);
    if (!inside && !tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) {
      return false;
    }
    return !tokens.has(t, Lexicon.COMMON_WORD) || inside && !tokens.isAny(t, PersonDetector.MONTHS_THAT_ARE_NAMES);
  }

  /** True if a lower-case word or a comma comes right before the token: "9, Will is back", "thanks Hope". */
  private static boolean insideSentence(Tokens tokens, int t) {
    return t > 0 && (tokens.gapIs(t, " ") && tokens.has(t - 1, Tokens.ALL_LOWER) || tokens.gapIs(t, ", "));
  }

  /**
   * "Pt Oyelaran, Folasade" after "Kunle Oyelaran": a surname written before a comma and a given name
   * is part of a longer name, which the word alone would cut.
   */
  private static boolean precedesGivenName(Tokens tokens, int t) {
    int next = t + 1;
    return next < tokens.count() && tokens.gapIs(next, ", ") && tokens.has(next, Tokens.CAPITALIZED) && !tokens.has(next, Lexicon.COMMON_WORD | NO_NAME);
  }

  /** "the rocky road": after an article the word is no one's name. */
  private static boolean afterDeterminer(Tokens tokens, int t) {
    return tokens.has(t - 1, Lexicon.FUNCTION_WORD) && tokens.isAny(t - 1, NameContext.ARTICLES);
  }

  /** "$SLACK_BOT_TOKEN", "sanjay.verma@okaxis": a word that code or an address joins. */
  private static boolean isInCode(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    boolean joinedBefore = start > 0 && (CODE_CHARS.indexOf(text.charAt(start - 1)) >= 0 || text.charAt(start - 1) == '.');
    boolean joinedAfter = end < text.length() && (CODE_CHARS.indexOf(text.charAt(end)) >= 0
        || text.charAt(end) == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)));
    return joinedBefore || joinedAfter;
  }
}
