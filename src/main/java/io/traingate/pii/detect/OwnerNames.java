package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A name written next to a value of its own, as chat signs a request, hands on a contact or lists
 * whose value is whose: the phone it is reached at ("… can I see it Saturday? พิมพ์ชนก 085 730
 * 8293", "للتواصل: خالد +971 50 025 9231", "Coordinator: Joy 919.504.1264", "문의 윤성민 01060400175"),
 * or its e-mail, SSN, card, IBAN, wallet or id ("Will - 0x923d…", "Mason Bell 434-53-7282, Faith
 * King 647-29-3834", "Paige Winter SSN 118-60-5822", "… 6530 8515 4956 9574 (Rusty Green)"). The
 * name opens after the start of a line, the end of a sentence, a colon, a word that hands on a
 * contact ("contact", "wife", "للتواصل") or the comma after another value; a space, a dash or a
 * colon parts it from its value, with at most the value's label between. It is one to three
 * words of a script without case (Hangul too, not Han or kana, whose names {@link CjkNames}
 * frames), or a capitalised listed given name and up to two capitalised words after it. Words for
 * a phone itself ("الرقم", "טלפון", "전화") are no names.
 */
final class OwnerNames {

  private static final int MAX_WORDS = 3;
  /** A Korean full name written as one word: a surname's syllable and a given name's two (조수아). */
  private static final int KOREAN_FULL_NAME = 3;
  /** What ends the sentence before a name: Latin, Arabic, Devanagari and full-width marks. */
  private static final String SENTENCE_ENDS = ".!?\u061f\u0964\u3002\uff01\uff1f";
  /** Words that hand on whose number follows, in the scripts and languages of chat. */
  private static final long[] CONTACT_WORDS = Tokens.keys(
      "contact whatsapp للتواصل تواصل التواصل لفرص لطلب संपर्क 문의 연락 לפרטים ליצירת যোগাযোগ தொடர்புக்கு தொடர்பு ติดต่อ");
  /**
   * Words for a phone, its number or a call, which stand before numbers in place of a name; and the
   * Korean words for an e-mail, an account and a wallet, which stand so before theirs (이메일 eunbi@…,
   * though 이 opens many surnames).
   */
  private static final long[] PHONE_WORDS = Tokens.keys(
      "الرقم رقم هاتف الهاتف جوال الجوال موبايل تلفون واتساب اتصل شماره تلفن موبایل نمبر فون"
          + " טלפון נייד מספר וואטסאפ फोन फ़ोन मोबाइल नंबर नम्बर व्हाट्सएप"
          + " 전화 전화번호 연락처 휴대폰 핸드폰 번호 문자 โทร เบอร์ มือถือ ফোন মোবাইল নম্বর தொலைபேசி கைபேசி நம்பர் எண்"
          + " 이메일 메일 계좌 계좌번호 지갑 주소");

  /** The values a person is reached at or holds, which chat writes next to their owner's name. */
  private static final Set<EntityType> OWNED_VALUES = EnumSet.of(EntityType.PHONE, EntityType.EMAIL, EntityType.US_SSN,
      EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.CRYPTO_WALLET, EntityType.GOV_ID);
  /** What parts a name from its value besides a space: "Will - 0x923d…", "Grace: grace@…". */
  private static final String[] SEPARATORS = {" - ", " \u2013 ", " \u2014 ", ": "};
  /**
   * Labels of numbers that only a person has, after which the name before them is the owner's
   * wherever it stands: "… for Destiny Moody (SSN 601-14-0378)", "Will Cook, SSN 708-17-3784".
   */
  private static final String PERSONAL_NUMBER_LABEL_WORDS = "ssn sin";
  private static final long[] PERSONAL_NUMBER_LABELS = Tokens.keys(PERSONAL_NUMBER_LABEL_WORDS);
  /** A value's label, which may stand between the name and the value: "Paige Winter SSN 118-60-5822". */
  private static final long[] VALUE_LABELS = Tokens.keys(PERSONAL_NUMBER_LABEL_WORDS + " iban btc eth tel mob cell email e-mail");
  /** What may part a name from its number's label: "Will Cook SSN …", "Will Cook, SSN …", "Will Cook (SSN …", "Will Cook: SSN …", "Will Cook — SSN …". */
  private static final String[] LABEL_GAPS = {" ", ", ", " (", ": ", " - ", " \u2013 ", " \u2014 "};

  private OwnerNames() {}

  /** Adds a PERSON candidate for the name next to each value found so far. */
  static void find(Tokens tokens, List<Span> out) {
    int found = out.size(); // the candidates of the detectors before, values among them
    if (found == 0) {
      return; // most texts hold no value: no need of the spans' record
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON); // reads the candidates only when it adds
    for (int i = 0; i < found; i++) {
      Span value = out.get(i);
      int last = wordBeforeValue(tokens, value, true);
      // a label that only a person's number bears says whose the name before it is, wherever the name stands
      boolean personalLabel = last > 0 && tokens.isAny(last, PERSONAL_NUMBER_LABELS) && isLabelGap(tokens, last);
      if (personalLabel || last > 0 && tokens.isAny(last, VALUE_LABELS) && tokens.gapIs(last, " ")) {
        last--;
      }
      int first = last < 0 ? -1 : firstWordOfName(tokens, last, out, personalLabel);
      if (first >= 0) {
        names.add(tokens.start(first), tokens.end(last));
      } else {
        addNameInBracketsAfter(tokens, value, names);
      }
    }
  }

  /**
   * Adds the name that brackets right after a value close, if it opens with a listed given name:
   * "… 9574 (Rusty Green)". Not after an IBAN, whose brackets name its bank: "(Al Rajhi)".
   */
  private static void addNameInBracketsAfter(Tokens tokens, Span value, SecondRuleSpans names) {
    String text = tokens.text();
    int open = value.end() + 1;
    boolean owned = OWNED_VALUES.contains(value.type()) && value.type() != EntityType.IBAN;
    if (!owned || open + 1 >= text.length() || !text.startsWith(" (", value.end())) {
      return;
    }
    int first = TokenSearch.startingAt(tokens, open + 1);
    if (first < 0 || !isCapitalisedNameWord(tokens, first) || !opensWithGivenName(tokens, first, false)) {
      return;
    }
    int last = first;
    while (last + 1 < tokens.count() && last - first + 1 < MAX_WORDS && tokens.gapIs(last + 1, " ") && isCapitalisedNameWord(tokens, last + 1)) {
      last++;
    }
    if (tokens.end(last) < text.length() && text.charAt(tokens.end(last)) == ')') {
      names.add(tokens.start(first), tokens.end(last));
    }
  }

  /**
   * The token that ends right before {@code candidate} if it is a value a person owns, parted from
   * it by one space or, if {@code separated}, by a dash or a colon; or -1.
   */
  static int wordBeforeValue(Tokens tokens, Span candidate, boolean separated) {
    if (!OWNED_VALUES.contains(candidate.type())) {
      return -1;
    }
    String text = tokens.text();
    int start = candidate.start();
    if (separated) {
      for (String separator : SEPARATORS) {
        if (start > separator.length() && text.startsWith(separator, start - separator.length())) {
          return TokenSearch.endingAt(tokens, start - separator.length());
        }
      }
    }
    return start >= 2 && text.charAt(start - 1) == ' ' ? TokenSearch.endingAt(tokens, start - 1) : -1;
  }

  private static boolean isLabelGap(Tokens tokens, int label) {
    for (String gap : LABEL_GAPS) {
      if (tokens.gapIs(label, gap)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word of the longest name that ends at {@code last} and opens as a name does (or,
   * if {@code anywhere}, opens with a given name or is a full name, wherever it stands), or -1.
   */
  private static int firstWordOfName(Tokens tokens, int last, List<Span> values, boolean anywhere) {
    boolean caseless = isCaselessWord(tokens, last);
    if (!caseless && !isCapitalisedNameWord(tokens, last)) {
      return -1;
    }
    // Thai parts its sentences, not its words, by spaces: its name is one token
    int limit = caseless && Chars.isThai(tokens.text().charAt(tokens.start(last))) ? last : Math.max(0, last - MAX_WORDS + 1);
    int runStart = last; // the run of name words before the number
    while (runStart > limit && tokens.gapIs(runStart, " ") && isSameKind(tokens, runStart - 1, caseless)) {
      runStart--;
    }
    for (int first = runStart; first <= last; first++) {
      if (opensWithGivenName(tokens, first, caseless) && (anywhere || opensName(tokens, first, values))) {
        return first;
      }
    }
    // only a person has an SSN: before its label, a full name that opens as one is a name though no list holds it
    // ("for Petunia Carrington (SSN …", "…: Lyra Lockhart, SSN …"; not "…, Pasig City SIN: …")
    boolean fullName = anywhere && !caseless && last > runStart && (opensName(tokens, runStart, values) || isAfterFor(tokens, runStart))
        && !PersonDetector.namesSomethingElse(tokens, runStart, last, NameContext.NONE);
    return fullName ? runStart : -1;
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

  /**
   * True if the name's first word opens a line, a sentence or a labelled field, or follows a
   * contact or relation word, or the comma after another value of {@code values}.
   */
  private static boolean opensName(Tokens tokens, int first, List<Span> values) {
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
    if ((text.charAt(i) == ',' || text.charAt(i) == ';') && endsValue(values, i)) {
      return true;
    }
    // Thai writes no full stops: a space parts its sentences
    return i == tokens.start(first) - 2 && Chars.isThai(text.charAt(i)) && Chars.isThai(text.charAt(tokens.start(first)));
  }

  private static final long FOR = Tokens.key("for");

  /** True if "for" stands right before token {@code t}: "W-4 for Tabitha Ellery — SSN …". */
  private static boolean isAfterFor(Tokens tokens, int t) {
    return t > 0 && tokens.gapIs(t, " ") && tokens.is(t - 1, FOR);
  }

  /** True if a value of {@code candidates} ends right before the char at {@code i}: the comma of "… 434-53-7282, Faith King …". */
  private static boolean endsValue(List<Span> candidates, int i) {
    for (Span candidate : candidates) {
      if (candidate.end() == i && OWNED_VALUES.contains(candidate.type())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHangul(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }
}
