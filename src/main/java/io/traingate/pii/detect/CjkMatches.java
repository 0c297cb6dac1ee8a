package io.traingate.pii.detect;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a CJK rule's pattern, as {@link Matcher#find} finds them over the whole text, but
 * tried only where one can start: in a word that holds a kana, Han or Hangul char, or up to
 * {@link #LEAD} chars before it (a Japanese postcode before its prefecture, a name in rare Han
 * before さん). A chat in English with one 謝謝 costs a few tries, not a regex run at every char.
 */
final class CjkMatches {

  /** The longest that a match can run before its first CJK word: 〒150-0041 and a space. */
  static final int LEAD = 10;

  private CjkMatches() {}

  /** Calls {@code onMatch} for each match, leftmost first and without overlaps. The pattern must not match the empty string. */
  static void find(Tokens tokens, Pattern pattern, Consumer<MatchResult> onMatch) {
    String text = tokens.text();
    // transparent bounds: lookbehinds see the chars before a try's start, as they do in find()
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int resume = 0;
    for (int t = TokenSearch.nextFlagged(tokens, Tokens.HAS_CJK, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, Tokens.HAS_CJK, t + 1)) {
      for (int at = Math.max(resume, tokens.start(t) - LEAD); at < tokens.end(t); at++) {
        if (Character.isLowSurrogate(text.charAt(at)) && at > 0 && Character.isHighSurrogate(text.charAt(at - 1))) {
          continue; // find() never starts inside a surrogate pair
        }
        m.region(at, text.length());
        if (m.lookingAt()) {
          onMatch.accept(m);
          resume = m.end(); // as find() does, the next try starts after the match, in this word or a later one
          at = resume - 1;
        }
      }
      resume = Math.max(resume, tokens.end(t));
    }
  }
}
