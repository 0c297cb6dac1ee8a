package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/** Payment card numbers: 12 to 19 digits, optionally grouped by spaces or dashes, issuer prefix + Luhn. */
public final class PaymentCardDetector implements Detector {

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    DigitGroups.forEachRun(
        scanned,
        " -",
        run -> {
          if (isCardNumber(text, run)) {
            out.add(new Span(EntityType.CREDIT_CARD, run.start(), run.end()));
          }
        });
  }

  private static boolean isCardNumber(String text, DigitGroups run) {
    String digits = run.digits();
    return !run.tooLong()
        && !run.mixedSeparators()
        && run.shortestLeadingGroup() >= 3 && run.lastGroup() >= 2 // 4-4-4-4, 4-6-5, 4-4-4-2
        && !run.embeddedIn(text)
        && CardIssuers.accepts(digits)
        && Luhn.isValid(digits);
  }
}
