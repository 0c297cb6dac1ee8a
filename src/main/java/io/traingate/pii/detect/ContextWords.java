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

  /**
   * End of the last cue phrase within {@code window} chars before {@code pos}, or -1: callers
   * check that nothing else (another number, another cue) sits between the cue and their value.
   */
  int lastEndBefore(CharSequence text, int pos, int window) {
    int from = Math.max(0, pos - window);
    String lower = text.subSequence(from, pos).toString().toLowerCase(Locale.ROOT);
    int lastEnd = -1;
    for (String phrase : phrases) {
      int at = lower.lastIndexOf(phrase);
      while (at >= 0) {
        boolean startsWord = at == 0 || !Chars.isWordChar(lower.charAt(at - 1)) || !Chars.isWordChar(phrase.charAt(0));
        if (startsWord && lower.length() == pos - from) {
          lastEnd = Math.max(lastEnd, from + at + phrase.length());
          break;
        }
        at = at == 0 ? -1 : lower.lastIndexOf(phrase, at - 1);
      }
    }
    return lastEnd;
  }

  private boolean occursIn(CharSequence text, int from, int to) {
    return lastEndBefore(text, to, to - from) >= 0;
  }
}
