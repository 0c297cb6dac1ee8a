package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
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

  /** Each type's place in {@link #BY_STRICTNESS}, by ordinal. */
  private static final int[] RANK = rank();

  private OverlapResolver() {}

  /** Non-overlapping spans sorted by start. */
  public static List<Span> resolve(List<Span> candidates) {
    List<Span> ordered = new ArrayList<>(candidates);
    ordered.sort(OverlapResolver::precedence);
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

  /** True if {@code a} is checked more strictly than {@code b}: of two spans of one length, {@code a}'s wins. */
  static boolean isStricter(EntityType a, EntityType b) {
    return RANK[a.ordinal()] < RANK[b.ordinal()];
  }

  /** Negative if {@code a} wins over {@code b}: longer, then stricter, then earlier. */
  private static int precedence(Span a, Span b) {
    if (a.length() != b.length()) {
      return Integer.compare(b.length(), a.length());
    }
    int rankA = RANK[a.type().ordinal()];
    int rankB = RANK[b.type().ordinal()];
    return rankA != rankB ? Integer.compare(rankA, rankB) : Integer.compare(a.start(), b.start());
  }

  private static int[] rank() {
    int[] rank = new int[EntityType.values().length];
    for (EntityType type : EntityType.values()) {
      int index = BY_STRICTNESS.indexOf(type);
      if (index < 0) {
        throw new IllegalStateException("no strictness rank for " + type);
      }
      rank[type.ordinal()] = index;
    }
    return rank;
  }
}
