package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Names in Thai, which writes no spaces between words, so that a name is glued to the words before
 * it and a space ends the phrase it closes. What marks it is the polite title คุณ ("Khun") or the
 * "is" of a role ("ผู้แจ้งคือคุณพิมพ์ชนก 081…", "กัปตันทีมคือณัฐพล"): after one of them, a listed
 * given name that runs to the phrase's end, or to a polite particle there ("คุณสมชายครับ"). The
 * name must be listed, as คุณ is also "you" and opens words ("คุณภาพดี", "quality is good"); not
 * the คุณ of thanks (ขอบคุณ).
 */
final class ThaiNames {

  private ThaiNames() {}

  /** The title before a name, and the "is" of a role before one. */
  private static final List<String> MARKERS = List.of("คุณ", "คือ");
  /** What glued before คุณ makes it "thanks". */
  private static final String THANKS = "ขอบ";
  /** The polite particles that close a phrase, longest first: "คุณวิชัยครับ". */
  private static final List<String> POLITE_PARTICLES = List.of("นะครับ", "นะคะ", "ครับ", "ค่ะ", "คะ");

  /** Adds a PERSON span for each marked name in the tokens' Thai text. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.anyHas(Tokens.CASELESS)) {
      return;
    }
    String text = tokens.text();
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int t = 0; t < tokens.count(); t++) {
      if (!tokens.has(t, Tokens.CASELESS) || !Chars.isThai(text.charAt(tokens.start(t)))) {
        continue;
      }
      int end = withoutPoliteParticle(text, tokens.start(t), tokens.end(t));
      for (String marker : MARKERS) {
        int at = lastIn(text, marker, tokens.start(t), end);
        int name = at + marker.length();
        if (at >= 0 && name < end && !text.startsWith(THANKS, at - THANKS.length()) && ToldNames.isGivenNameIn(text, name, end)) {
          names.add(name, end);
          break;
        }
      }
    }
  }

  /** Where the last {@code word} within {@code [from, to)} starts, or -1: a search that reads no further back than the phrase. */
  private static int lastIn(String text, String word, int from, int to) {
    for (int i = to - word.length(); i >= from; i--) {
      if (text.startsWith(word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Where the phrase from {@code start} to {@code end} ends without the polite particle that closes it. */
  private static int withoutPoliteParticle(String text, int start, int end) {
    for (String particle : POLITE_PARTICLES) {
      if (end - particle.length() > start && text.startsWith(particle, end - particle.length())) {
        return end - particle.length();
      }
    }
    return end;
  }
}
