package io.traingate.policy;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps (product, plan) to a {@link Tier}. Data, not code: it comes from the policy file. Matching
 * is case-insensitive on trimmed values; a plan of {@code *} covers every plan of its product, and
 * an exact plan entry wins over it. Pairs the table does not name are {@link Tier#UNKNOWN}.
 */
public final class TierTable implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String ANY_PLAN = "*";

  /** One row of the table. */
  public record Entry(String product, String plan, Tier tier) implements Serializable {}

  private final Map<String, Tier> tiers = new HashMap<>();

  private TierTable(List<Entry> entries) {
    for (Entry entry : entries) {
      if (entry.tier() == Tier.UNKNOWN) {
        throw new IllegalArgumentException("tier table: rows must say individual or business, not unknown");
      }
      String key = key(entry.product(), entry.plan());
      Tier previous = tiers.put(key, entry.tier());
      if (previous != null && previous != entry.tier()) {
        throw new IllegalArgumentException(
            "tier table: (" + entry.product() + ", " + entry.plan() + ") is listed as both " + previous + " and " + entry.tier());
      }
    }
  }

  public static TierTable of(List<Entry> entries) {
    return new TierTable(entries);
  }

  public Tier tierOf(String product, String plan) {
    Tier exact = tiers.get(key(product, plan));
    if (exact != null) {
      return exact;
    }
    return tiers.getOrDefault(key(product, ANY_PLAN), Tier.UNKNOWN);
  }

  private static String key(String product, String plan) {
    return normalize(product) + '\u0000' + normalize(plan);
  }

  private static String normalize(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TierTable t && tiers.equals(t.tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }
}
