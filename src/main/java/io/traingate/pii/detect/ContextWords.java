package io.traingate.pii.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of cue phrases looked for in a bounded window before a candidate, such as "ssn"
 * before nine digits or "order no." before a number that is no phone. Phrases are lower case and
 * found in any case, or capitals found only as written. Windows are bounded, so each check is
 * O(window).
 */
final class ContextWords {
  private final List<String> phrases;
  private final boolean ignoreCase;
  /** The phrases by their last char, folded: a label check then only compares the few that can end where it looks. */
  private final Map<Character, List<String>> byLastChar;

  private ContextWords(List<String> phrases, boolean ignoreCase) {
    this.phrases = phrases;
    this.ignoreCase = ignoreCase;
    this.byLastChar = phrases.stream().collect(Collectors.groupingBy(phrase -> fold(phrase.charAt(phrase.length() - 1))));
  }

  /** Lower-case phrases, found in any case. */
  static ContextWords of(String... phrases) {
    return new ContextWords(List.of(phrases), true);
  }

  /** Abbreviations found only as written, in capitals: "PO" is a purchase order, "po" a Tagalog particle. */
  static ContextWords inCapitals(String... phrases) {
    return new ContextWords(List.of(phrases), false);
  }

  /** Receives where a cue phrase starts and ends. */
  interface Occurrences {
    void at(int start, int end);
  }

  /** Hands on each cue phrase in {@code text} that starts at a word boundary. */
  void forEachIn(String text, Occurrences occurrences) {
    String searched = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    for (String phrase : phrases) {
      for (int at = searched.indexOf(phrase); at >= 0; at = searched.indexOf(phrase, at + 1)) {
        if (startsWord(searched, at, phrase)) {
          occurrences.at(at, at + phrase.length());
        }
      }
    }
  }

  /** True if the phrase at {@code at} starts a word: no word char before it, or the phrase opens with none ("§"). */
  private static boolean startsWord(String searched, int at, String phrase) {
    return at == 0 || !Chars.isWordChar(searched.charAt(at - 1)) || !Chars.isWordChar(phrase.charAt(0));
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
    String preceding = text.subSequence(from, pos).toString();
    String searched = ignoreCase ? preceding.toLowerCase(Locale.ROOT) : preceding;
    int lastEnd = -1;
    for (String phrase : phrases) {
      int at = searched.lastIndexOf(phrase);
      while (at >= 0) {
        if (startsWord(searched, at, phrase)) {
          lastEnd = Math.max(lastEnd, from + at + phrase.length());
          break;
        }
        at = at == 0 ? -1 : searched.lastIndexOf(phrase, at - 1);
      }
    }
    return lastEnd;
  }

  /**
   * True if a cue phrase labels the value at {@code pos}: it ends right before it, or only
   * {@code fillers} ("no", "number", "is") and label punctuation stand between, all within
   * {@code window} chars. "order no. 1234" and "注文番号は1234" are labelled, "order 12, call 1234"
   * and "my number is 1234" are not.
   */
  boolean labels(String text, int pos, int window, Set<String> fillers) {
    int limit = Math.max(0, pos - window);
    int i = pos;
    while (true) {
      while (i > limit && isLabelPunctuation(text.charAt(i - 1))) {
        i--;
      }
      if (phraseEndsAt(text, i, limit)) {
        return true;
      }
      int wordStart = wordStartBefore(text, i, limit);
      if (wordStart == i || !fillers.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
        return false;
      }
      i = wordStart;
    }
  }

  /** True if a phrase ends at {@code end} and starts a word at or after {@code limit}. */
  private boolean phraseEndsAt(String text, int end, int limit) {
    if (end <= limit) {
      return false;
    }
    for (String phrase : byLastChar.getOrDefault(fold(text.charAt(end - 1)), List.of())) {
      int start = end - phrase.length();
      if (start >= limit && text.regionMatches(ignoreCase, start, phrase, 0, phrase.length())
          && !(Chars.isWordChar(phrase.charAt(0)) && Chars.joinsWordAt(text, start - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same char for every char that {@code String.regionMatches} takes for this one: itself, or in
   * any case the lower case of its upper case ("İ" and "i" both fold to "i").
   */
  private char fold(char c) {
    return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
  }

  /**
   * Where the word that ends at {@code end} starts, or {@code end} if none does or it begins before
   * {@code limit}. In scripts without spaces between words each letter counts as a word, so a
   * particle ("は") can be a filler.
   */
  private static int wordStartBefore(String text, int end, int limit) {
    if (end > limit && Chars.isUnspacedScript(text.charAt(end - 1))) {
      return end - 1;
    }
    int start = end;
    while (start > limit && Chars.joinsWordAt(text, start - 1)) {
      start--;
    }
    return start == limit && Chars.joinsWordAt(text, limit - 1) ? end : start;
  }

  /**
   * What separates a label from its value: "no.: ", "#", "=", "：", the quotes of a JSON key ("ts": …).
   * Not commas or line breaks, which end a phrase.
   */
  private static boolean isLabelPunctuation(char c) {
    return c == ' ' || c == '"' || c == '\'' || c == '\t' || c == '\u00a0' || c == ':' || c == '#' || c == '.' || c == '-' || c == '/' || c == '='
        || c == '°' || c == 'º' || c == '№' || c == '：';
  }

  private boolean occursIn(CharSequence text, int from, int to) {
    return lastEndBefore(text, to, to - from) >= 0;
  }
}
