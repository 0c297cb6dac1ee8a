package io.traingate.pii;

import io.traingate.pii.detect.SpanFinder;
import io.traingate.pii.replace.ValueNormalizer;
import java.util.List;

/**
 * Finds and replaces personal information. Thread-safe; the heavy initialisation (patterns,
 * libphonenumber, name lists) happens once, in {@link #create}.
 */
public final class Redactor {

  private final RedactionRules rules;
  private final byte[] pseudonymKey;
  private final SpanFinder finder;
  private final ValueNormalizer normalizer;

  private Redactor(RedactionRules rules, byte[] pseudonymKey) {
    this.rules = rules;
    this.pseudonymKey = pseudonymKey.clone();
    this.finder = SpanFinder.create(rules);
    this.normalizer = new ValueNormalizer();
  }

  /**
   * @param pseudonymKey the key of the {@code hash} operator's HMAC, which also seeds
   *     {@code surrogate} fakes; must not be empty
   */
  public static Redactor create(RedactionRules rules, byte[] pseudonymKey) {
    if (rules == null || pseudonymKey == null || pseudonymKey.length == 0) {
      throw new IllegalArgumentException("Redactor needs rules and a non-empty pseudonym key");
    }
    return new Redactor(rules, pseudonymKey);
  }

  /** Final, non-overlapping spans sorted by start (overlaps resolved as pii.md says). */
  public List<Span> scan(String text) {
    return finder.find(text);
  }

  /** Per-conversation state (indices, surrogates): one per conversation. */
  public ConversationRedaction newConversation() {
    return new ConversationRedaction(this, rules, normalizer, pseudonymKey);
  }
}
