package io.traingate.pii.detect;

import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;

/** Runs every detector over a text and resolves their overlapping candidates. Thread-safe. */
public final class SpanFinder {

  private final List<Detector> detectors;
  private final Lexicon lexicon;

  private SpanFinder(List<Detector> detectors, Lexicon lexicon) {
    this.detectors = List.copyOf(detectors);
    this.lexicon = lexicon;
  }

  /** All detectors; the expensive ones (libphonenumber, name lists) initialise here, once. */
  public static SpanFinder create(RedactionRules rules) {
    return new SpanFinder(List.of(
        new EmailDetector(),
        new PhoneDetector(rules.phoneRegions()),
        new PaymentCardDetector(),
        new UsSsnDetector(),
        new IpAddressDetector(),
        new IbanDetector(),
        new ProviderKeyDetector(),
        new PemBlockDetector(),
        new PasswordAssignmentDetector(),
        new UrlCredentialDetector(),
        new CryptoWalletDetector(),
        new PersonDetector(),
        new StreetAddressDetector(),
        new GovIdDetector()),
        Lexicon.get());
  }

  /** Final, non-overlapping spans sorted by start. */
  public List<Span> find(String text) {
    List<Span> candidates = new ArrayList<>();
    ScannedText scanned = ScannedText.of(text, lexicon);
    for (Detector detector : detectors) {
      detector.detect(scanned, candidates);
    }
    return candidates.size() <= 1 ? List.copyOf(candidates) : OverlapResolver.resolve(candidates);
  }
}
