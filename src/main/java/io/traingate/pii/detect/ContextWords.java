package io.traingate.pii.detect;

import java.util.List;
import java.util.Locale;

/**
 * A small set of lower-case cue phrases looked for in a bounded window before or after a
 * candidate, such as "ssn" before nine digits. Windows are bounded, so each check is O(window).
 */
final class ContextWords {
  private final List<String> phrases;

  private ContextWords(List<String> phrases) {
    this.phrases = phrases;
  }

  static ContextWords of(String... phrases) {
    return new ContextWords(List.of(phrases));
  }

  /** True if a cue phrase starts at a word boundary within {@code window} chars before {@code pos}. */
  boolean occursBefore(CharSequence text, int pos, int window) {
    return occursIn(text, Math.max(0, pos - window), pos);
  }

  /** True if a cue phrase starts at a word boundary within {@code window} chars after {@code pos}. */
  boolean occursAfter(CharSequence text, int pos, int window) {
    return occursIn(text, pos, Math.min(text.length(), pos + window));
  }

  private boolean occursIn(CharSequence text, int from, int to) {
    String window = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      int at = window.indexOf(phrase);
      while (at >= 0) {
        boolean startsWord = at == 0 || !Chars.isWordChar(window.charAt(at - 1)) || !Chars.isWordChar(phrase.charAt(0));
        if (startsWord) {
          return true;
        }
        at = window.indexOf(phrase, at + 1);
      }
    }
    return false;
  }
}
