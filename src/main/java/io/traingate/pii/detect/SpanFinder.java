package io.traingate.pii.detect;

import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;

/** Runs every detector over a text and resolves their overlapping candidates. Thread-safe. */
public final class SpanFinder {

  private final List<Detector> detectors;
  private final List<WordDetector> wordDetectors;
  private final Lexicon lexicon;

  private SpanFinder(List<Detector> detectors, List<WordDetector> wordDetectors, Lexicon lexicon) {
    this.detectors = List.copyOf(detectors);
    this.wordDetectors = List.copyOf(wordDetectors);
    this.lexicon = lexicon;
  }

  /** All detectors; the expensive ones (libphonenumber, name lists) initialise here, once. */
  public static SpanFinder create(RedactionRules rules) {
    List<WordDetector> wordDetectors = List.of(
        new PersonDetector(),
        new StreetAddressDetector(),
        new GovIdDetector());
    return new SpanFinder(characterDetectors(rules), wordDetectors, Lexicon.get());
  }

  /** The detectors that read characters rather than words. */
  static List<Detector> characterDetectors(RedactionRules rules) {
    return List.of(
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
        new CryptoWalletDetector());
  }

  /** Final, non-overlapping spans sorted by start. */
  public List<Span> find(String text) {
    List<Span> candidates = new ArrayList<>();
    TextTraits traits = TextTraits.of(text);
    for (Detector detector : detectors) {
      if (detector.mayOccurIn(traits)) {
        detector.detect(text, candidates);
      }
    }
    Tokens tokens = Tokens.of(text, lexicon);
    for (WordDetector detector : wordDetectors) {
      detector.detect(tokens, candidates);
    }
    return candidates.size() <= 1 ? List.copyOf(candidates) : OverlapResolver.resolve(candidates);
  }
}
