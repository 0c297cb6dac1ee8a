package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The owner of a person's thing in scripts without case, where no capital marks a name and the
 * possessive does: a listed given name, then the postposition "of" of Hindi and Urdu ("नेहा का
 * अपॉइंटमेंट", "بلال کا فون") or the genitive ending of Bengali and Tamil written onto it ("রহিমের
 * গাড়ি", "பிரியாவின் ஆதார்"), then what a person has: a phone, a number, an appointment, a car, an
 * id card, a child. Hebrew puts the thing first and "of" before the name ("המרשם של שולמית"). The
 * thing makes the frame: "पूजा की थाली" (the worship plate) names no Pooja, though Pooja is a name.
 */
final class PossessorNames {

  private PossessorNames() {}

  /** "Of" in Hindi and Urdu, which agrees with the thing owned. */
  private static final long[] OF_POSTPOSITIONS = Tokens.keys("का की के کا کی کے");
  /** The genitive endings of Bengali (after a consonant and after a vowel) and Tamil (after long ā and after i). */
  private static final List<String> GENITIVE_ENDINGS = List.of("ের", "র", "வின்", "யின்");
  /** Hebrew "of", after the thing owned. */
  private static final long OF_HEBREW = Tokens.key("של");
  /**
   * What a person has and others name as theirs: phone, number, address, appointment, car, id
   * card, account, birthday, passport, house, bill, order, ticket, medicine, wedding, son, daughter;
   * in Hindi, Urdu, Bengali and Tamil, and in Hebrew with its article ("הטלפון של דנה").
   */
  private static final long[] OWNED_THINGS = Tokens.keys(
      "फ़ोन फोन नंबर नम्बर पता अपॉइंटमेंट गाड़ी कार आधार खाता जन्मदिन पासपोर्ट ईमेल घर बिल ऑर्डर टिकट दवा दवाई शादी बेटा बेटी"
          + " فون نمبر پتہ گاڑی شناختی اکاؤنٹ سالگرہ پاسپورٹ گھر بل آرڈر ٹکٹ دوائی شادی بیٹا بیٹی"
          + " ফোন নম্বর ঠিকানা গাড়ি আধার অ্যাকাউন্ট জন্মদিন পাসপোর্ট ইমেইল বাসা বাড়ি বিল অর্ডার টিকিট ওষুধ বিয়ে ছেলে মেয়ে"
          + " போன் எண் முகவரி கார் ஆதார் கணக்கு பிறந்தநாள் பாஸ்போர்ட் மின்னஞ்சல் வீடு பில் ஆர்டர் டிக்கெட் மருந்து திருமணம் மகன் மகள்"
          + " הטלפון המספר הכתובת הרכב ההזמנה החשבון הדרכון המרשם התור הבית");

  /** Adds a PERSON span for each owner of a person's thing in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.anyHas(Tokens.CASELESS)) {
      return;
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int t = 1; t < tokens.count(); t++) {
      if (!tokens.has(t, Tokens.CASELESS) || !tokens.isAny(t, OWNED_THINGS)) {
        continue; // most words: owned by no one
      }
      int before = t - 1;
      if (tokens.is(t + 1, OF_HEBREW) && tokens.gapIs(t + 1, " ") && tokens.gapIs(t + 2, " ") && ToldNames.isGivenName(tokens, t + 2)) {
        names.add(tokens.start(t + 2), tokens.end(t + 2));
      } else if (tokens.gapIs(t, " ") && tokens.isAny(before, OF_POSTPOSITIONS) && tokens.gapIs(before, " ")
          && ToldNames.isGivenName(tokens, before - 1)) {
        names.add(tokens.start(before - 1), tokens.end(before - 1));
      } else if (tokens.gapIs(t, " ")) {
        int end = tokens.has(before, Tokens.CASELESS) ? ToldNames.givenNameEnd(tokens, before, GENITIVE_ENDINGS) : -1;
        if (end > 0) {
          names.add(tokens.start(before), end);
        }
      }
    }
  }
}
