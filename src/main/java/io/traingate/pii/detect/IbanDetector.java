package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * International bank account numbers, compact or printed in groups of four. Two letters and two
 * check digits start the candidate; the country fixes how many characters follow, and mod 97
 * must give 1.
 */
public final class IbanDetector implements Detector {

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    Runs digitRuns = scanned.digitRuns();
    int resume = 0;
    // Anchor on the check digits, the start of a digit run, then look back for the country code.
    for (int r = 0; r < digitRuns.count(); r++) {
      int checkDigits = digitRuns.start(r);
      int start = checkDigits - 2;
      if (start < resume || digitRuns.end(r) - checkDigits < 2) {
        continue;
      }
      if (!Chars.isAsciiLetter(text.charAt(start)) || !Chars.isAsciiLetter(text.charAt(start + 1)) || Chars.wordCharAt(text, start - 1)) {
        continue;
      }
      int length = Iban.lengthFor(Character.toUpperCase(text.charAt(start)), Character.toUpperCase(text.charAt(start + 1)));
      int end = length == 0 ? -1 : candidateEnd(text, start, length);
      if (end > 0) {
        out.add(new Span(EntityType.IBAN, start, end));
        resume = end;
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
