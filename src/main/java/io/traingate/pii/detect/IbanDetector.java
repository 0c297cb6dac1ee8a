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
  public boolean mayOccurIn(TextTraits traits) {
    return traits.digits() >= 2; // the check digits
  }

  @Override
  public void detect(String text, List<Span> out) {
    int n = text.length();
    // Anchor on the check digits (digits are rare in chat), then look back for the country code.
    for (int i = 2; i + 1 < n; i++) {
      if (!Chars.isDigit(text.charAt(i)) || !Chars.isDigit(text.charAt(i + 1))) {
        continue;
      }
      int start = i - 2;
      if (!Chars.isAsciiLetter(text.charAt(start)) || !Chars.isAsciiLetter(text.charAt(start + 1)) || Chars.wordCharAt(text, start - 1)) {
        continue;
      }
      int length = Iban.lengthFor(text.substring(start, i).toUpperCase(Locale.ROOT));
      int end = length == 0 ? -1 : candidateEnd(text, start, length);
      if (end > 0) {
        out.add(new Span(EntityType.IBAN, start, end));
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
