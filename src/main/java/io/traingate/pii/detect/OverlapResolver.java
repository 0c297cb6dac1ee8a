package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns overlapping candidates into final spans as pii.md says: the longer span wins, then the
 * one whose type is checked more strictly, then the earlier one (so the result is deterministic).
 */
public final class OverlapResolver {

  /** Most strictly confirmed first: checksums, then parsers, then formats, then context. */
  private static final List<EntityType> BY_STRICTNESS = List.of(
      EntityType.IBAN,
      EntityType.GOV_ID, // confirmed by an explicit cue ("passport no.", "Aadhaar"), which beats a number's shape
      EntityType.CREDIT_CARD,
      EntityType.CRYPTO_WALLET,
      EntityType.US_SSN,
      EntityType.IP_ADDRESS,
      EntityType.EMAIL,
      EntityType.PHONE,
      EntityType.SECRET,
      EntityType.STREET_ADDRESS,
      EntityType.PERSON);

  private static final Map<EntityType, Integer> RANK = rank();

  private static final Comparator<Span> PRECEDENCE =
      Comparator.comparingInt(Span::length).reversed()
          .thenComparing(s -> RANK.get(s.type()))
          .thenComparingInt(Span::start);

  private OverlapResolver() {}

  /** Non-overlapping spans sorted by start. */
  public static List<Span> resolve(List<Span> candidates) {
    List<Span> ordered = new ArrayList<>(candidates);
    ordered.sort(PRECEDENCE);
    TreeMap<Integer, Span> kept = new TreeMap<>();
    for (Span candidate : ordered) {
      var before = kept.floorEntry(candidate.start());
      var after = kept.ceilingEntry(candidate.start());
      boolean clashesBefore = before != null && before.getValue().end() > candidate.start();
      boolean clashesAfter = after != null && after.getKey() < candidate.end();
      if (!clashesBefore && !clashesAfter) {
        kept.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(kept.values());
  }

  private static Map<EntityType, Integer> rank() {
    Map<EntityType, Integer> rank = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      int index = BY_STRICTNESS.indexOf(type);
      if (index < 0) {
        throw new IllegalStateException("no strictness rank for " + type);
      }
      rank.put(type, index);
    }
    return rank;
  }
}
