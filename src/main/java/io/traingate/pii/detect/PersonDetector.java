package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.LAST_NAME;
import static io.traingate.pii.detect.Lexicon.NAME_PARTICLE;
import static io.traingate.pii.detect.Lexicon.NAME_VERB;
import static io.traingate.pii.detect.Lexicon.PLACE;
import static io.traingate.pii.detect.Tokens.ALL_LOWER;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.CAPITALIZED;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * People's names. A word is a name when its context says so (a greeting, "my name is", a title,
 * "my sister", a sign-off) and it looks like one, or, without context, when it is a capitalised
 * entry of the name lists that is not also an everyday word ("Will", "May" and "Grant" alone are
 * words). A found name extends over following surname-like words.
 */
public final class PersonDetector implements Detector {

  private static final int MAX_EXTRA_WORDS = 3;
  private static final int CUE_WORDS = Lexicon.TITLE | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.RELATION | Lexicon.GOV_CUE;

  @Override
  public void detect(ScannedText text, List<Span> out) {
    Tokens tokens = text.tokens();
    int t = 0;
    while (t < tokens.count()) {
      if (!couldStartName(tokens, t)) {
        t++;
        continue;
      }
      NameContext context = NameContext.before(tokens, t);
      if (startsName(tokens, t, context)) {
        int last = extend(tokens, t, context == NameContext.INTRODUCTION);
        if (!namesSomethingElse(tokens, t, last, context)) {
          out.add(new Span(EntityType.PERSON, tokens.start(t), tokens.end(last)));
        }
        t = last + 1;
      } else {
        t++;
      }
    }
  }

  /**
   * Cheap test on the token's flags alone, so most words never pay for a context lookup. A cue
   * word is never the name itself ("Dear Sir", "hi Team").
   */
  private static boolean couldStartName(Tokens tokens, int t) {
    if (!isLetterWord(tokens, t) || tokens.has(t, CUE_WORDS)) {
      return false;
    }
    return tokens.has(t, CAPITALIZED) || tokens.has(t, FIRST_NAME | LAST_NAME) && !tokens.has(t, FUNCTION_WORD | COMMON_WORD | NAME_VERB);
  }

  private static boolean startsName(Tokens tokens, int t, NameContext context) {
    boolean listed = tokens.has(t, FIRST_NAME | LAST_NAME);
    // A word in capitals is shouting or an acronym ("DOT rules"), unless it is a listed name on a
    // form or signature ("NAME: WANJIRU KAMAU") or the first of a full name in capitals.
    boolean shoutedName = listed && (context == NameContext.INTRODUCTION || context == NameContext.SIGN_OFF
        || isShouted(tokens, t + 1) && tokens.has(t + 1, FIRST_NAME | LAST_NAME) && tokens.gapIs(t + 1, " "));
    boolean capitalized = tokens.has(t, CAPITALIZED) && (!isShouted(tokens, t) || shoutedName);
    boolean function = tokens.has(t, FUNCTION_WORD);
    // Lower case is weak evidence in chat, so a lower-case word must be a listed name that is no everyday word.
    boolean lowerName = tokens.has(t, ALL_LOWER) && listed && !function && !tokens.has(t, COMMON_WORD | NAME_VERB);
    return switch (context) {
      case INTRODUCTION, TITLE, RELATION -> capitalized ? listed || !function : lowerName;
      case GREETING, SIGN_OFF -> capitalized
          ? (listed || !function && !tokens.has(t, COMMON_WORD | PLACE)) && !startsSentence(tokens, t)
          : lowerName;
      case WEAK_INTRODUCTION -> {
        boolean selfIntroduced = capitalized && introducesSelf(tokens, t);
        yield capitalized
            ? (!tokens.has(t, PLACE) || selfIntroduced) && (listed || !function && !tokens.has(t, COMMON_WORD) && selfIntroduced)
            : lowerName;
      }
      case NAME_VERB -> capitalized && tokens.has(t, FIRST_NAME) && !function && !tokens.has(t, PLACE) && !startsSentence(tokens, t);
      case NONE -> bareName(tokens, t);
    };
  }

  /**
   * A name-like phrase that names a place or an organisation instead ("San Diego", "São Paulo",
   * "Nike Bank", "Johnson & Johnson", "the Hilton"), unless the context says it is a person.
   */
  private static boolean namesSomethingElse(Tokens tokens, int first, int last, NameContext context) {
    if (context == NameContext.INTRODUCTION || context == NameContext.TITLE || context == NameContext.RELATION) {
      return false;
    }
    int next = last + 1;
    boolean organisation = tokens.isAny(last, ORGANISATION_WORDS) && last > first
        || next < tokens.count() && (tokens.gapIs(next, " ") && tokens.isAny(next, ORGANISATION_WORDS) || tokens.gapIs(next, " & "))
        || first > 0 && tokens.gapIs(first, " & ");
    boolean place = tokens.isAny(first, PLACE_PREFIXES) && last > first
        || first > 0 && (tokens.gapIs(first, " ") || tokens.gapIs(first, ". ")) && tokens.isAny(first - 1, PLACE_PREFIXES);
    boolean afterDeterminer = context == NameContext.NONE && first > 0 && tokens.gapIs(first, " ") && tokens.isAny(first - 1, DETERMINERS);
    return organisation || place || afterDeterminer;
  }

  private static final String[] ORGANISATION_WORDS = {
    "bank", "inc", "ltd", "llc", "plc", "gmbh", "corp", "corporation", "co", "company", "group", "hotel", "hotels",
    "resort", "post", "times", "news", "airlines", "airways", "motors", "university", "college", "institute",
    "foundation", "capital", "partners", "holdings", "labs", "studios", "insurance", "securities", "ventures",
    "technologies", "systems", "solutions", "consulting", "media", "records", "fc", "store", "stores", "museum"
  };
  /** Words that begin place names whose second word is also a first name: San Diego, Santa Monica, St. Patrick. */
  private static final String[] PLACE_PREFIXES = {
    "san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "ste", "los", "las", "fort", "port", "mount", "mt",
    "lake", "cape", "puerto", "porto", "rio", "villa", "new", "north", "south", "east", "west"
  };
  /** "the Hilton", "a Mercedes": people's names rarely follow an article. */
  private static final String[] DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "every", "each", "another"};

  /** Words after which a lower-case listed name is someone: "tunde just deployed", "kasia can you review". */
  private static final String[] PERSON_PREDICATES = {
    "is", "was", "has", "had", "just", "can", "could", "will", "would", "should", "said", "says", "told", "asked",
    "wants", "needs", "thinks", "knows", "went", "got", "sent", "left", "joined", "and", "ur", "isn't", "wasn't",
    "hasn't", "didn't", "doesn't", "can't", "won't", "did", "does"
  };

  /**
   * "salma's idea", "tunde just deployed", "pedro ur mic is muted": a lower-case listed first name
   * that is no everyday word, at the start of a clause, followed by a possessive or by what people do.
   */
  private static boolean isLowerCaseSubject(Tokens tokens, int t, boolean ordinary) {
    int next = t + 1;
    if (!tokens.has(t, ALL_LOWER) || !tokens.has(t, FIRST_NAME) || !ordinary || tokens.has(t, NAME_VERB) || next >= tokens.count()) {
      return false;
    }
    boolean possessive = tokens.is(next, "s") && (tokens.gapIs(next, "'") || tokens.gapIs(next, "\u2019"));
    boolean predicate = tokens.gapIs(next, " ") && tokens.isAny(next, PERSON_PREDICATES);
    return (possessive || predicate) && startsClause(tokens, t);
  }

  /**
   * The start of a message or clause, or after a small word ("tbh salma's", "i think svetlana
   * has"): not after a noun, as in "office line is", nor after an article.
   */
  private static boolean startsClause(Tokens tokens, int t) {
    if (t == 0 || !tokens.gapIs(t, " ")) {
      return true;
    }
    int previous = t - 1;
    return !tokens.isAny(previous, DETERMINERS)
        && (tokens.has(previous, FUNCTION_WORD | NAME_VERB | Lexicon.GREETING | Lexicon.SIGNOFF)
            || tokens.isAny(previous, "think", "guess", "know", "hope", "heard", "bet"));
  }

  /**
   * "thx, Rose to the occasion", "welcome Bill me later": an everyday word that reads as the
   * start of a sentence (a lower-case function or common word follows) is not a name.
   */
  private static boolean startsSentence(Tokens tokens, int t) {
    int next = t + 1;
    return tokens.has(t, COMMON_WORD | FUNCTION_WORD) && next < tokens.count() && tokens.gapIs(next, " ")
        && tokens.has(next, ALL_LOWER) && tokens.has(next, FUNCTION_WORD | COMMON_WORD);
  }

  /** "I'm Chidi Okonkwo", "this is Kwame from the front desk": a capitalised full name or a "from"/"here" after it. */
  private static boolean introducesSelf(Tokens tokens, int t) {
    int next = t + 1;
    if (next >= tokens.count()) {
      return false;
    }
    boolean spaced = tokens.gapIs(next, " ");
    return spaced && (tokens.has(next, CAPITALIZED) && !tokens.has(next, FUNCTION_WORD) || tokens.is(next, "from") || tokens.is(next, "here"));
  }

  /** Without context: a capitalised listed name that is no everyday word, or a two-word full name. */
  private static boolean bareName(Tokens tokens, int t) {
    boolean capitalized = tokens.has(t, CAPITALIZED);
    boolean ordinary = !tokens.has(t, FUNCTION_WORD | COMMON_WORD | PLACE | NAME_PARTICLE) && tokens.length(t) >= 3;
    if (capitalized && tokens.has(t, FIRST_NAME) && ordinary && !tokens.has(t, Tokens.ALL_UPPER) || isLowerCaseSubject(tokens, t, ordinary)) {
      return true;
    }
    int next = t + 1;
    boolean spaced = next < tokens.count() && tokens.gapIs(next, " ") && isLetterWord(tokens, next);
    if (!spaced || !tokens.has(next, LAST_NAME) || tokens.has(next, FUNCTION_WORD | COMMON_WORD) || tokens.length(next) < 3) {
      return false;
    }
    if (capitalized) {
      return tokens.has(next, CAPITALIZED) && !tokens.has(t, FUNCTION_WORD) && (ordinary || tokens.has(t, FIRST_NAME));
    }
    return tokens.has(t, ALL_LOWER) && tokens.has(next, ALL_LOWER) && tokens.has(t, FIRST_NAME) && ordinary;
  }

  /** The last token of the name that starts at {@code first}. */
  private static int extend(Tokens tokens, int first, boolean introduced) {
    boolean lowerName = tokens.has(first, ALL_LOWER);
    boolean shoutedName = isShouted(tokens, first);
    int last = first;
    for (int added = 0; added < MAX_EXTRA_WORDS; added++) {
      int next = last + 1;
      if (next >= tokens.count() || !isLetterWord(tokens, next)) {
        break;
      }
      boolean initial = tokens.length(last) == 1 && tokens.gapIs(next, ". ");
      if (!tokens.gapIs(next, " ") && !initial) {
        break;
      }
      int afterParticles = next; // "van der Heijden", "dela Cruz", "de la Fuente"
      while (afterParticles < next + 2 && afterParticles < tokens.count() && tokens.has(afterParticles, NAME_PARTICLE)
          && (afterParticles == next || tokens.gapIs(afterParticles, " "))) {
        afterParticles++;
      }
      if (afterParticles > next && afterParticles < tokens.count() && tokens.has(afterParticles, CAPITALIZED)
          && tokens.gapIs(afterParticles, " ")) {
        last = afterParticles;
        continue;
      }
      if (!continuesName(tokens, next, lowerName, shoutedName, introduced)) {
        break;
      }
      last = next;
    }
    return last;
  }

  /**
   * True if {@code t} continues a name: a capitalised non-word, or in a lower-case name a listed
   * name, or after "my name is" any lower-case word that is not an everyday one ("tom okafor").
   */
  private static boolean continuesName(Tokens tokens, int t, boolean lowerName, boolean shoutedName, boolean introduced) {
    if (tokens.has(t, FUNCTION_WORD | CUE_WORDS)) {
      return false;
    }
    if (isShouted(tokens, t)) { // a name in capitals goes on in capitals: "HARPREET SINGH GILL"
      return shoutedName && (introduced || tokens.has(t, FIRST_NAME | LAST_NAME) || !tokens.has(t, COMMON_WORD));
    }
    if (tokens.has(t, CAPITALIZED)) {
      return !tokens.has(t, COMMON_WORD) || tokens.has(t, FIRST_NAME | LAST_NAME | Lexicon.NAME_LIKE_WORD);
    }
    boolean everyday = tokens.has(t, COMMON_WORD | NAME_VERB);
    return lowerName && !everyday && (introduced && tokens.length(t) > 1 || tokens.has(t, FIRST_NAME | LAST_NAME));
  }

  private static boolean isShouted(Tokens tokens, int t) {
    return tokens.has(t, ALL_UPPER) && tokens.length(t) > 1;
  }

  private static boolean isLetterWord(Tokens tokens, int t) {
    return !tokens.has(t, HAS_DIGIT);
  }
}
