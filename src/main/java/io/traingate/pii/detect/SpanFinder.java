package io.traingate.pii.detect;

import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;

/** Runs every detector over a text and resolves their overlapping candidates. Thread-safe. */
public final class SpanFinder {

  /** Longer texts get a scan of their own, so that no thread keeps arrays of a long text's size. */
  private static final int REUSED_SCAN_MAX_CHARS = 1 << 16;

  private final List<Detector> detectors;
  private final Lexicon lexicon;
  /** Each thread's scan, reused from text to text. */
  private final ThreadLocal<ScannedText> scans;

  private SpanFinder(List<Detector> detectors, Lexicon lexicon) {
    this.detectors = List.copyOf(detectors);
    this.lexicon = lexicon;
    this.scans = ThreadLocal.withInitial(() -> new ScannedText(lexicon));
  }

  /** All detectors; the expensive ones (libphonenumber, name lists, the name model) initialise here, once. */
  public static SpanFinder create(RedactionRules rules) {
    return create(rules, NameScorer.standard());
  }

  /** All detectors, with another name model than the shipped one: to measure a model being trained, or the rules alone. */
  public static SpanFinder create(RedactionRules rules, NameScorer names) {
    return withReview(rules, names);
  }

  /** All detectors, {@code review} deciding on the rules' PERSON spans. */
  static SpanFinder withReview(RedactionRules rules, PersonReview review) {
    return new SpanFinder(List.of(
        new EmailDetector(),
        new PaymentCardDetector(),
        new UsSsnDetector(),
        new IpAddressDetector(),
        new IbanDetector(),
        new ProviderKeyDetector(),
        new PemBlockDetector(),
        new PasswordAssignmentDetector(),
        new UrlCredentialDetector(),
        new CryptoWalletDetector(),
        new GovIdDetector(),
        // after the stricter detectors, whose numbers it then leaves alone (the matcher is costly)
        new PhoneDetector(rules.phoneRegions()),
        new PersonDetector(),
        new ReviewedNames(review), // right after the names' rules: their spans end the list
        new StreetAddressDetector()),
        Lexicon.get());
  }

  /** Final, non-overlapping spans sorted by start. */
  public List<Span> find(String text) {
    List<Span> candidates = new ArrayList<>();
    ScannedText scanned = (text.length() <= REUSED_SCAN_MAX_CHARS ? scans.get() : new ScannedText(lexicon)).read(text);
    try {
      for (Detector detector : detectors) {
        detector.detect(scanned, candidates);
      }
    } finally {
      scanned.clear();
    }
    return candidates.size() <= 1 ? List.copyOf(candidates) : OverlapResolver.resolve(candidates);
  }
}
