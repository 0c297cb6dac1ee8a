package io.traingate.pii.detect;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CJK rule's pattern, and the chars without one of which in the text it cannot match (a
 * prefecture's 県, a road's 号, the さ of さん after a name). Its matches are those that {@link Matcher#find} finds over the whole text, but
 * tried only in texts that hold such a char, and only where a match can start: in a word that
 * holds a kana, Han or Hangul char, or up to {@link #LEAD} chars before it (a Japanese postcode
 * before its prefecture, a name in rare Han before さん). A chat in English with one 謝謝 costs a
 * few tries, not a regex run at every char; a page of names without 県 or 号 costs no address tries.
 */
final class CjkMatches {

  /** The longest that a match can run before its first CJK word: 〒150-0041 and a space. */
  static final int LEAD = 10;

  private final Pattern pattern;
  private final String anchors;

  /** For a pattern that never matches the empty string, nor where the text holds none of {@code anchors}, kana, Han or Hangul chars. */
  CjkMatches(Pattern pattern, String anchors) {
    this.pattern = pattern;
    this.anchors = anchors;
  }

  /** Calls {@code onMatch} for each match in the tokens' text, leftmost first and without overlaps. */
  void find(Tokens tokens, Consumer<MatchResult> onMatch) {
    if (!holdsAnchor(tokens)) {
      return;
    }
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

  /** True if a word with kana, Han or Hangul holds an anchor: those chars are in no other word. */
  private boolean holdsAnchor(Tokens tokens) {
    String text = tokens.text();
    for (int t = TokenSearch.nextFlagged(tokens, Tokens.HAS_CJK, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, Tokens.HAS_CJK, t + 1)) {
      for (int i = tokens.start(t); i < tokens.end(t); i++) {
        if (anchors.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
