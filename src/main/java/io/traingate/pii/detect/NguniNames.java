package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names that Zulu, Xhosa and the other Nguni languages write with a grammatical prefix glued on in
 * lower case, the name keeping its capital: "igama lami nguSipho Dlamini" (it is Sipho), "imoto
 * kaThandeka" (Thandeka's car), "uNomvula noSibusiso" (Nomvula and Sibusiso). The capital inside
 * the word shows where a listed name starts. Only the prefixes of persons: the locative "e-" and
 * "kwa-" make places ("eThekwini", "KwaZulu"). Not a kin word or an everyday word after the prefix
 * ("kaGogo", granny's; "noMore"), nor a word of code ("getName", "noReply").
 */
final class NguniNames {

  /** The copula "it is", "of" (also "kuka-"), "and/with", "to", and the personal article; longest first. */
  private static final List<String> PERSON_PREFIXES = List.of("kuka", "ngu", "ka", "no", "ku", "u");
  /** A name after the prefix has its capital and at least three more letters. */
  private static final int MIN_NAME = 4;
  private static final int NAME = Lexicon.FIRST_NAME | Lexicon.LAST_NAME;
  private static final int NOT_A_NAME = Lexicon.COMMON_WORD | Lexicon.FUNCTION_WORD | Lexicon.PLACE | Lexicon.RELATION | Lexicon.TITLE;

  private NguniNames() {}

  /** Adds a PERSON span for each name after a Nguni prefix in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int t = 0; t < tokens.count(); t++) {
      if (tokens.has(t, Tokens.INNER_CAPITAL) && !tokens.has(t, Tokens.HAS_DIGIT | Tokens.JOINED)) {
        int nameStart = nameStart(tokens, t);
        if (nameStart >= 0) {
          names.add(nameStart, tokens.end(PersonDetector.extend(tokens, t, false)));
        }
      }
    }
  }

  /** Where the name starts inside token {@code t}, after a person's prefix, or -1. */
  private static int nameStart(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    for (String prefix : PERSON_PREFIXES) {
      int name = start + prefix.length();
      if (end - name >= MIN_NAME && text.startsWith(prefix, start) && Character.isUpperCase(text.charAt(name))
          && isLowerCase(text, name + 1, end) && isListedName(Lexicon.get().flags(text.subSequence(name, end)))) {
        return name;
      }
    }
    return -1;
  }

  private static boolean isListedName(int flags) {
    return (flags & NAME) != 0 && (flags & NOT_A_NAME) == 0;
  }

  private static boolean isLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
