package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

  /**
   * Non-overlapping spans sorted by start. The candidates are taken in order of precedence, each
   * kept if none of its chars is covered yet: a bit per char of the text, so each check costs the
   * candidate's length over 64 and no allocation per candidate.
   */
  public static List<Span> resolve(List<Span> candidates) {
    Span[] ordered = candidates.toArray(new Span[0]);
    Arrays.sort(ordered, OverlapResolver::precedence);
    int textEnd = 0;
    for (Span candidate : ordered) {
      textEnd = Math.max(textEnd, candidate.end());
    }
    long[] covered = new long[(textEnd >> 6) + 1];
    Span[] kept = new Span[ordered.length];
    int keptCount = 0;
    for (Span candidate : ordered) {
      if (isFree(covered, candidate.start(), candidate.end())) {
        cover(covered, candidate.start(), candidate.end());
        kept[keptCount++] = candidate;
      }
    }
    Arrays.sort(kept, 0, keptCount, BY_START);
    return List.of(Arrays.copyOf(kept, keptCount));
  }

  private static final Comparator<Span> BY_START = Comparator.comparingInt(Span::start);

  /** True if no char in {@code [from, to)} is covered. */
  private static boolean isFree(long[] covered, int from, int to) {
    for (int word = from >> 6; word <= (to - 1) >> 6; word++) {
      if ((covered[word] & charsOf(word, from, to)) != 0) {
        return false;
      }
    }
    return true;
  }

  private static void cover(long[] covered, int from, int to) {
    for (int word = from >> 6; word <= (to - 1) >> 6; word++) {
      covered[word] |= charsOf(word, from, to);
    }
  }

  /** The bits of {@code [from, to)} in word {@code word} of a char bitmap. */
  private static long charsOf(int word, int from, int to) {
    int low = Math.max(from - (word << 6), 0);
    int high = Math.min(to - (word << 6), 64); // exclusive
    return (high == 64 ? -1L : (1L << high) - 1) & (-1L << low);
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
