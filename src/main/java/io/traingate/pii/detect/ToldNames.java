package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names of the one a message asks to pass something on to, in scripts without case, where no
 * capital marks a name and the frame of telling does: the name before the postposition of whom
 * something is told and a verb of telling ("रेखा को बोलो", "بلال کو بتا دیں", "கார்த்திக் கிட்ட
 * சொல்லு"), after Persian "به" and before its verb ("به مهدی بگو"), and glued to the prefix "to"
 * after a verb of telling ("תגיד ליוסי", "قل لعمر") or before one ("ለሙሉጌታ ንገረው"). Each needs a
 * listed given name that is no everyday word. Bengali and Tamil write "to" as an ending of the name
 * ("করিমকে বলো", "லட்சுமிக்கு சொல்லு"). Hinglish writes the Hindi frame in Latin letters, where a
 * name in lower case needs the same listing: "amit ko bolo".
 */
final class ToldNames {

  private ToldNames() {}

  /** The postpositions of Hindi, Urdu and Tamil after whom something is told. */
  private static final long[] TOLD_POSTPOSITIONS = Tokens.keys("को کو கிட்ட கிட்டே");
  /** "Tell", "say", "let know" of Hindi, Urdu, Tamil and Persian, as chat writes them. */
  private static final long[] VERBS_AFTER_NAME = Tokens.keys(
      "बोलो बोल बोलना बोलिए बता बताओ बताना बताइए बताएं कहो कह कहना कहिए"
          + " بتا بتاؤ بتائیں بتانا بولو بول بولنا کہو کہہ کہنا کہیں"
          + " சொல்லு சொல்லுங்க சொல்லுங்கள் சொல்லிடு"
          + " بگو بگید بگین بگویید"
          // and Bengali, whose "to" is an ending of the name: "করিমকে বলো"
          + " বলো বলুন বলিস বলে জানাও জানান");
  /** The dative endings of Bengali and Tamil (after long ā, and after other vowels), longest first: "করিমকে", "பிரியாவுக்கு", "லட்சுமிக்கு". */
  private static final List<String> TOLD_ENDINGS = List.of("কে", "வுக்கு", "க்கு");
  /** Persian "to", before the one told. */
  private static final long TO_PERSIAN = Tokens.key("به");
  /** Hebrew and Arabic verbs of telling, before the one told, whose "to" is glued to the name: "תגיד ליוסי", "قل لعمر". */
  private static final long[] VERBS_BEFORE_GLUED_NAME = Tokens.keys("תגיד תגידי תגידו תמסור תמסרי قل قولي قولوا بلغ بلغي خبر");
  /** Amharic verbs of telling, after the one told: "ለሙሉጌታ ንገረው". */
  private static final long[] VERBS_AFTER_GLUED_NAME = Tokens.keys("ንገረው ንገሪው ንገሯት ንገራት ንገሩት ንገሯቸው ንገር");
  /** The prefixes "to" of Hebrew, Arabic (also with the tatweel that sets it apart) and Amharic. */
  private static final List<String> GLUED_TO = List.of("\u05dc", "\u0644\u0640", "\u0644", "\u1208");

  /** Hindi's and Urdu's "to" as chat writes them in Latin letters, and their verbs of telling: "amit ko bolo", "neha ko batao". */
  private static final long[] ROMAN_KO = Tokens.keys("ko");
  private static final long[] ROMAN_VERBS_AFTER_NAME = Tokens.keys("bolo bol bolna boliye bata batao batana bataiye batado kaho kehna kahiye");
  /** Hinglish's "the one of", after a noun, which lists hold as a name (Wale, a Yoruba one): "courier wale ko bata dein". */
  private static final long[] ROMAN_ONES_OF = Tokens.keys("wale wala wali waale waala waali");

  /** Adds a PERSON span for each name told something in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    findRomanized(tokens, out);
    if (!tokens.anyHas(Tokens.CASELESS)) {
      return;
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int t = 0; t < tokens.count(); t++) {
      if (!tokens.has(t, Tokens.CASELESS)) {
        continue;
      }
      int endedName = tokens.isAny(t + 1, VERBS_AFTER_NAME) && tokens.gapIs(t + 1, " ") ? givenNameEnd(tokens, t, TOLD_ENDINGS) : -1;
      if (tokens.isAny(t, TOLD_POSTPOSITIONS) && tokens.isAny(t + 1, VERBS_AFTER_NAME) && isGivenName(tokens, t - 1)) {
        names.add(tokens.start(t - 1), tokens.end(t - 1));
      } else if (tokens.is(t, TO_PERSIAN) && tokens.isAny(t + 2, VERBS_AFTER_NAME) && isGivenName(tokens, t + 1)) {
        names.add(tokens.start(t + 1), tokens.end(t + 1));
      } else if (endedName > 0) {
        names.add(tokens.start(t), endedName);
      } else if (tokens.isAny(t - 1, VERBS_BEFORE_GLUED_NAME) || tokens.isAny(t + 1, VERBS_AFTER_GLUED_NAME)) {
        int name = gluedGivenNameStart(tokens, t);
        if (name >= 0) {
          names.add(name, tokens.end(t));
        }
      }
    }
  }

  /**
   * The frame in Latin letters, as Hinglish chat writes it: a listed given name in lower case that is
   * no everyday word, "ko" and a verb of telling ("amit ko bolo mujhe call kare").
   */
  private static void findRomanized(Tokens tokens, List<Span> out) {
    SecondRuleSpans names = null;
    for (int ko = TokenSearch.nextWord(tokens, ROMAN_KO, 1); ko >= 0; ko = TokenSearch.nextWord(tokens, ROMAN_KO, ko + 1)) {
      int name = ko - 1;
      boolean plainGivenName = (tokens.flags(name) & (Tokens.ALL_LOWER | FIRST_NAME | FUNCTION_WORD | COMMON_WORD | Lexicon.PLACE))
          == (Tokens.ALL_LOWER | FIRST_NAME);
      if (plainGivenName && !tokens.isAny(name, ROMAN_ONES_OF) && tokens.gapIs(ko, " ") && tokens.gapIs(ko + 1, " ") && tokens.isAny(ko + 1, ROMAN_VERBS_AFTER_NAME)) {
        names = names == null ? new SecondRuleSpans(out, EntityType.PERSON) : names;
        names.add(tokens.start(name), tokens.end(name));
      }
    }
  }

  /** A listed given name, a plain word of a script without case that is no everyday word. */
  static boolean isGivenName(Tokens tokens, int t) {
    return t >= 0 && (tokens.flags(t) & (Tokens.CASELESS | Tokens.HAS_CJK | FIRST_NAME | FUNCTION_WORD | COMMON_WORD))
        == (Tokens.CASELESS | FIRST_NAME);
  }

  /** True if the chars from {@code start} to {@code end}, part of a token, are a listed given name that is no everyday word. */
  static boolean isGivenNameIn(String text, int start, int end) {
    return (Lexicon.get().flags(text.subSequence(start, end)) & (FIRST_NAME | FUNCTION_WORD | COMMON_WORD)) == FIRST_NAME;
  }

  /**
   * Where the listed given name ends that one of the case {@code endings} follows in the token, or -1;
   * the endings longest first where one ends another ("வுக்கு", "க்கு").
   */
  static int givenNameEnd(Tokens tokens, int t, List<String> endings) {
    if (tokens.has(t, Tokens.HAS_CJK)) {
      return -1;
    }
    String text = tokens.text();
    for (String ending : endings) {
      int name = tokens.end(t) - ending.length();
      if (name > tokens.start(t) && text.startsWith(ending, name)) {
        return isGivenNameIn(text, tokens.start(t), name) ? name : -1;
      }
    }
    return -1;
  }

  /** Where the listed given name starts that follows the prefix "to" in the token, or -1. */
  private static int gluedGivenNameStart(Tokens tokens, int t) {
    String text = tokens.text();
    for (String prefix : GLUED_TO) {
      int name = tokens.start(t) + prefix.length();
      if (name < tokens.end(t) && text.startsWith(prefix, tokens.start(t))) {
        return isGivenNameIn(text, name, tokens.end(t)) ? name : -1;
      }
    }
    return -1;
  }
}
