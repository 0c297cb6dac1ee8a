package io.traingate.pii.detect;

/**
 * Finds a string that starts with a rare char ({@code -p}, {@code ://}, {@code -----BEGIN }) by
 * looking for that char. {@link String#indexOf(String, int)} compares 16 chars at a time with
 * SSE 4.2 string instructions; {@link String#indexOf(int, int)} scans with AVX2 and is several
 * times faster over chat, where the rare char seldom occurs.
 */
final class TextSearch {
  private TextSearch() {}

  /** The same as {@code text.indexOf(needle, from)} for a non-empty {@code needle}. */
  static int indexOf(String text, String needle, int from) {
    char first = needle.charAt(0);
    for (int i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
      if (text.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }
}
