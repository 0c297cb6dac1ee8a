package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * A name written right before the phone number it is reached at, as chat signs a request or
 * hands on a contact: "… can I see it Saturday? พิมพ์ชนก 085 730 8293", "للتواصل: خالد +971 50 025
 * 9231", "Coordinator: Joy 919.504.1264", "문의 윤성민 01060400175". The name opens after the start
 * of a line, the end of a sentence, a colon or a word that hands on a contact ("contact",
 * "wife", "للتواصل"), and a single space parts it from the number. It is one to three words of a
 * script without case (Hangul too, not Han or kana, whose names {@link CjkNames} frames), or a
 * capitalised listed given name and up to two capitalised words after it. Words for a phone
 * itself ("الرقم", "טלפון", "전화") are no names.
 */
final class ContactNames {

  private static final int MAX_WORDS = 3;
  /** A Korean full name written as one word: a surname's syllable and a given name's two (조수아). */
  private static final int KOREAN_FULL_NAME = 3;
  /** What ends the sentence before a name: Latin, Arabic, Devanagari and full-width marks. */
  private static final String SENTENCE_ENDS = ".!?\u061f\u0964\u3002\uff01\uff1f";
  /** Words that hand on whose number follows, in the scripts and languages of chat. */
  private static final long[] CONTACT_WORDS = Tokens.keys(
      "contact whatsapp للتواصل تواصل التواصل لفرص لطلب संपर्क 문의 연락 לפרטים ליצירת যোগাযোগ தொடர்புக்கு தொடர்பு ติดต่อ");
  /** Words for a phone, its number or a call, which stand before numbers in place of a name. */
  private static final long[] PHONE_WORDS = Tokens.keys(
      "الرقم رقم هاتف الهاتف جوال الجوال موبايل تلفون واتساب اتصل شماره تلفن موبایل نمبر فون"
          + " טלפון נייד מספר וואטסאפ फोन फ़ोन मोबाइल नंबर नम्बर व्हाट्सएप"
          + " 전화 전화번호 연락처 휴대폰 핸드폰 번호 문자 โทร เบอร์ มือถือ ফোন মোবাইল নম্বর தொலைபேசி கைபேசி நம்பர் எண்");

  private ContactNames() {}

  /** Adds a PERSON candidate for the name before each phone number found so far. */
  static void find(Tokens tokens, List<Span> out) {
    SecondRuleSpans names = null;
    int found = out.size(); // the candidates of the detectors before, phones among them
    for (int i = 0; i < found; i++) {
      int last = wordBeforePhone(tokens, out.get(i));
      int first = last < 0 ? -1 : firstWordOfName(tokens, last);
      if (first >= 0) {
        if (names == null) {
          names = new SecondRuleSpans(out, EntityType.PERSON);
        }
        names.add(tokens.start(first), tokens.end(last));
      }
    }
  }

  /** The token that ends one space before {@code candidate} if it is a phone number, or -1. */
  static int wordBeforePhone(Tokens tokens, Span candidate) {
    int space = candidate.start() - 1;
    if (candidate.type() != EntityType.PHONE || space < 1 || tokens.text().charAt(space) != ' ') {
      return -1;
    }
    return TokenSearch.endingAt(tokens, space);
  }

  /** The first word of the longest name that ends at {@code last} and opens as a name does, or -1. */
  private static int firstWordOfName(Tokens tokens, int last) {
    boolean caseless = isCaselessWord(tokens, last);
    if (!caseless && !isCapitalisedNameWord(tokens, last)) {
      return -1;
    }
    // Thai parts its sentences, not its words, by spaces: its name is one token
    int limit = caseless && isThai(tokens.text().charAt(tokens.start(last))) ? last : Math.max(0, last - MAX_WORDS + 1);
    int runStart = last; // the run of name words before the number
    while (runStart > limit && tokens.gapIs(runStart, " ") && isSameKind(tokens, runStart - 1, caseless)) {
      runStart--;
    }
    for (int first = runStart; first <= last; first++) {
      if (opensWithGivenName(tokens, first, caseless) && opensName(tokens, first)) {
        return first;
      }
    }
    return -1;
  }

  private static boolean isSameKind(Tokens tokens, int t, boolean caseless) {
    return caseless ? isCaselessWord(tokens, t) : isCapitalisedNameWord(tokens, t);
  }

  /** A listed given name (not a place); in Korean, three syllables that open with a listed surname (조수아). */
  private static boolean opensWithGivenName(Tokens tokens, int t, boolean caseless) {
    if (tokens.has(t, Lexicon.FIRST_NAME) && !tokens.has(t, Lexicon.PLACE)) {
      return true;
    }
    String text = tokens.text();
    return caseless && tokens.length(t) == KOREAN_FULL_NAME && isHangul(text.charAt(tokens.start(t))) && CjkNames.isListedSurname(text, tokens.start(t));
  }

  /** A word of a script without case, or a Korean word, that is no phone word nor cue. */
  private static boolean isCaselessWord(Tokens tokens, int t) {
    int flags = tokens.flags(t);
    boolean hangul = (flags & Tokens.HAS_CJK) != 0 && isHangul(tokens.text().charAt(tokens.start(t)));
    return (flags & Tokens.CASELESS) != 0 && ((flags & Tokens.HAS_CJK) == 0 || hangul)
        && (flags & (Lexicon.FUNCTION_WORD | Tokens.HAS_DIGIT | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.TITLE | Lexicon.RELATION
            | Lexicon.NAME_CONTEXT | Lexicon.GOV_CUE)) == 0
        && !tokens.isAny(t, PHONE_WORDS) && !tokens.isAny(t, CONTACT_WORDS);
  }

  private static boolean isCapitalisedNameWord(Tokens tokens, int t) {
    return tokens.has(t, Tokens.CAPITALIZED) && !tokens.has(t, Tokens.ALL_UPPER | Tokens.HAS_DIGIT | Lexicon.FUNCTION_WORD | Lexicon.TITLE
        | Lexicon.RELATION | Lexicon.GREETING | Lexicon.SIGNOFF | Lexicon.GOV_CUE) && !tokens.isAny(t, CONTACT_WORDS)
        && (!tokens.has(t, Lexicon.COMMON_WORD) || tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.NAME_LIKE_WORD));
  }

  /** A word after which a name is handed on: a contact word or a relation ("Wife Adanna 07409 …"). */
  private static boolean isOpeningWord(Tokens tokens, int t) {
    return tokens.isAny(t, CONTACT_WORDS) || tokens.has(t, Lexicon.RELATION);
  }

  /** True if the name's first word opens a line, a sentence or a labelled field, or follows a contact or relation word. */
  private static boolean opensName(Tokens tokens, int first) {
    if (first > 0 && tokens.gapIs(first, " ") && isOpeningWord(tokens, first - 1)) {
      return true;
    }
    String text = tokens.text();
    int i = tokens.start(first) - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ':' || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 && i < tokens.start(first) - 1) {
      return true;
    }
    // Thai writes no full stops: a space parts its sentences
    return i == tokens.start(first) - 2 && isThai(text.charAt(i)) && isThai(text.charAt(tokens.start(first)));
  }

  private static boolean isThai(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI;
  }

  private static boolean isHangul(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }
}
