package io.traingate.pii;

import io.traingate.pii.replace.Masking;
import io.traingate.pii.replace.Pseudonyms;
import io.traingate.pii.replace.Surrogates;
import io.traingate.pii.replace.ValueNormalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Redacts the messages of one conversation, so that a value keeps its index and its surrogate
 * from message to message. Not thread-safe.
 */
public final class ConversationRedaction {

  private final Redactor redactor;
  private final RedactionRules rules;
  private final ValueNormalizer normalizer;
  private final byte[] pseudonymKey;
  private final Map<EntityType, Map<String, Integer>> indices = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Map<String, String>> replacementsByValue = new EnumMap<>(EntityType.class);
  private final int[] counts = new int[EntityType.values().length]; // by ordinal: no boxing per span
  private Pseudonyms pseudonyms;
  private Surrogates surrogates;

  ConversationRedaction(Redactor redactor, RedactionRules rules, ValueNormalizer normalizer, byte[] pseudonymKey) {
    this.redactor = redactor;
    this.rules = rules;
    this.normalizer = normalizer;
    this.pseudonymKey = pseudonymKey;
  }

  /** {@code text} with every found span replaced by its type's operator. */
  public String redact(String text) {
    List<Span> spans = redactor.scan(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (Span span : spans) {
      out.append(text, copied, span.start());
      out.append(replacement(span.type(), text.substring(span.start(), span.end())));
      counts[span.type().ordinal()]++;
      copied = span.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Spans replaced so far in this conversation, per type (types never seen are absent). */
  public Map<EntityType, Integer> replacedCounts() {
    Map<EntityType, Integer> seen = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      if (counts[type.ordinal()] > 0) {
        seen.put(type, counts[type.ordinal()]);
      }
    }
    return Collections.unmodifiableMap(seen);
  }

  private String replacement(EntityType type, String value) {
    return switch (rules.operatorFor(type)) {
      case INDEXED -> remembered(type, value, normalized -> "[" + type.name() + "_" + index(type, normalized) + "]");
      case TAG -> "[" + type.name() + "]";
      case MASK -> Masking.mask(value, rules.maskKeepLast());
      case HASH -> remembered(type, value, normalized -> pseudonyms().hashTag(type, normalized));
      case SURROGATE -> remembered(type, value, normalized -> surrogates().fake(type, value, pseudonyms().seed(type, normalized)));
      case REMOVE -> "";
    };
  }

  /**
   * The replacement of a value already seen in this conversation, else {@code ofNormalized} of its
   * normalised form. Values recur, and an indexed, hashed or faked value's replacement never
   * changes once made: normalising (libphonenumber, Unicode folding), hashing and faking are then
   * done once per spelling.
   */
  private String remembered(EntityType type, String value, Function<String, String> ofNormalized) {
    // One walk of the map finds or adds: after a scan its nodes are out of the cache, so each walk costs.
    return replacementsByValue.computeIfAbsent(type, t -> new HashMap<>())
        .computeIfAbsent(value, v -> ofNormalized.apply(normalizer.normalize(type, v)));
  }

  private int index(EntityType type, String normalizedValue) {
    Map<String, Integer> ofType = indices.computeIfAbsent(type, t -> new HashMap<>());
    return ofType.computeIfAbsent(normalizedValue, v -> ofType.size() + 1);
  }

  private Pseudonyms pseudonyms() {
    if (pseudonyms == null) {
      pseudonyms = new Pseudonyms(pseudonymKey);
    }
    return pseudonyms;
  }

  private Surrogates surrogates() {
    if (surrogates == null) {
      surrogates = new Surrogates();
    }
    return surrogates;
  }
}
