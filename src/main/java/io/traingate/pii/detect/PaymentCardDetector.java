package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/** Payment card numbers: 12 to 19 digits, optionally grouped by spaces or dashes, issuer prefix + Luhn. */
public final class PaymentCardDetector implements Detector {

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    for (DigitGroups run = DigitGroups.in(scanned, " -"); run.next(); ) {
      // people write the expiry month or the CVV right after the number, spaced alike: "4111 1111 1111 1111 08/28"
      if (isCardNumber(run) || run.dropLastGroup() && isCardNumber(run)) {
        out.add(new Span(EntityType.CREDIT_CARD, run.start(), run.end()));
      }
    }
  }

  private static boolean isCardNumber(DigitGroups run) {
    if (!CardIssuers.hasCardLength(run.digitCount()) // most numbers are far shorter: their digits are never gathered
        || run.mixedSeparators()
        || run.shortestLeadingGroup() < 3 || run.lastGroup() < 2 // 4-4-4-4, 4-6-5, 4-4-4-2
        || run.embedded()) {
      return false;
    }
    String digits = run.digits();
    return CardIssuers.accepts(digits) && Luhn.isValid(digits);
  }
}
