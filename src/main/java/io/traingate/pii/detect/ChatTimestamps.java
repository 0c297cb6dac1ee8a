package io.traingate.pii.detect;

/**
 * The timestamps that chat exports write before or after a speaker: "[20:35] Radu:", "12/03/24,
 * 14:05 - Priya:", "[7/4/24, 12:01 PM] Chase:", "[2024. 3. 12. 오후 7:14] 김민준:", "[٢٠٢٤/٠٣/١٢
 * ٩:١٤] نورة:", and Telegram's "Conceição Ferraz, [09.07.24 10:12]". A timestamp is digits of any
 * script, the separators of dates and times, and the words of the day's halves (AM, 오후, 午後 …).
 */
final class ChatTimestamps {

  /** Longest timestamp: "[2024-03-12 20:35:07] ", "[2024. 3. 12. 오후 7:14] ". */
  static final int MAX_LENGTH = 32;
  private static final String SEPARATORS = " \t/.,:-";
  private static final String[] DAY_HALVES = {"AM", "PM", "am", "pm", "a.m.", "p.m.", "오전", "오후", "午前", "午後", "上午", "下午", "ص", "م"};

  private ChatTimestamps() {}

  /**
   * Where the speaker of a chat log's line may start: past the spaces and the timestamp (bracketed,
   * or bare and followed by a space) that open the line at {@code lineStart}. {@code lineStart} itself
   * past its spaces if no timestamp opens it.
   */
  static int labelStart(String text, int lineStart) {
    int i = skipSpaces(text, lineStart);
    int end = i < text.length() && text.charAt(i) == '[' ? bracketedEnd(text, i) : bareEnd(text, i);
    return end < 0 ? i : skipSpaces(text, end);
  }

  /** True if a timestamp that holds a time ("14:05", "٩:١٤") stands in {@code [from, to)}. */
  static boolean holdsTime(String text, int from, int to) {
    boolean digit = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':' && digit) {
        return true;
      }
      digit = Character.isDigit(c);
    }
    return false;
  }

  /** The end of the bracketed timestamp that opens at {@code open}, past its "]"; or -1. */
  static int bracketedEnd(String text, int open) {
    int close = text.indexOf(']', open);
    if (close < 0 || close - open > MAX_LENGTH) {
      return -1;
    }
    return runEnd(text, open + 1, close) == close ? close + 1 : -1;
  }

  /** The end of a bare timestamp at {@code from} and the space after it ("12/03/24, 14:05 - ", or a bullet's "- "); or -1. */
  private static int bareEnd(String text, int from) {
    int end = runEnd(text, from, Math.min(text.length(), from + MAX_LENGTH));
    while (end > from && text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '\t') {
      end--; // the last word of the run is the speaker's when no space ends the run: "14:05 Radu"
    }
    return end > from ? end : -1;
  }

  /** The end of the run of timestamp chars from {@code from}, at most {@code limit}; a day's half only after a digit ("PM: …" is no time). */
  private static int runEnd(String text, int from, int limit) {
    int i = from;
    boolean digit = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || SEPARATORS.indexOf(c) >= 0) {
        digit |= Character.isDigit(c);
        i++;
        continue;
      }
      int half = digit ? dayHalfAt(text, i, limit) : 0;
      if (half == 0) {
        break;
      }
      i += half;
    }
    return i;
  }

  /** The length of the word of a day's half at {@code i} that ends before {@code limit} at a non-letter, or 0. */
  private static int dayHalfAt(String text, int i, int limit) {
    for (String half : DAY_HALVES) {
      int end = i + half.length();
      if (end <= limit && text.startsWith(half, i) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return half.length();
      }
    }
    return 0;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
