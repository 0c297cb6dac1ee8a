package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;

/**
 * International bank account numbers, compact or printed in groups of four. Two letters and two
 * check digits start the candidate; the country fixes how many characters follow, and mod 97
 * must give 1.
 */
public final class IbanDetector implements Detector {

  @Override
  public void detect(String text, List<Span> out) {
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      if (!Chars.isAsciiLetter(text.charAt(i))
          || !Chars.isAsciiLetter(text.charAt(i + 1))
          || !Chars.isDigit(text.charAt(i + 2))
          || !Chars.isDigit(text.charAt(i + 3))
          || Chars.wordCharAt(text, i - 1)) {
        continue;
      }
      String country = text.substring(i, i + 2).toUpperCase(Locale.ROOT);
      int length = Iban.lengthFor(country);
      if (length == 0) {
        continue;
      }
      int end = candidateEnd(text, i, length);
      if (end > 0) {
        out.add(new Span(EntityType.IBAN, i, end));
        i = end - 1;
      }
    }
  }

  /** End of an IBAN of {@code length} characters starting at {@code start}, or -1. */
  private static int candidateEnd(String text, int start, int length) {
    StringBuilder compact = new StringBuilder(length);
    int n = text.length();
    int i = start;
    while (i < n && compact.length() < length) {
      char c = text.charAt(i);
      if (Chars.isAsciiAlnum(c)) {
        compact.append(c);
        i++;
      } else if ((c == ' ' || c == '-') && compact.length() % 4 == 0 && i + 1 < n && Chars.isAsciiAlnum(text.charAt(i + 1))) {
        i++; // printed groups of four
      } else {
        return -1;
      }
    }
    if (compact.length() < length || Chars.wordCharAt(text, i)) {
      return -1;
    }
    return Iban.isValid(compact) ? i : -1;
  }
}
