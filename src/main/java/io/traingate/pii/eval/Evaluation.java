package io.traingate.pii.eval;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of one evaluation run: gold, found and matched spans per type, and characters. */
public final class Evaluation {

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // gold, found, matched
  private long foundChars;
  private long foundCharsInsideGold;

  Evaluation() {
    for (EntityType type : EntityType.values()) {
      counts.put(type, new int[3]);
    }
  }

  void add(List<Span> gold, List<Span> found) {
    boolean[] goldUsed = new boolean[gold.size()];
    for (Span span : gold) {
      counts.get(span.type())[0]++;
    }
    for (Span candidate : found) {
      counts.get(candidate.type())[1]++;
      for (int g = 0; g < gold.size(); g++) {
        Span truth = gold.get(g);
        if (!goldUsed[g] && truth.type() == candidate.type() && EvaluateCorpus.overlap(truth, candidate) >= EvaluateCorpus.MIN_OVERLAP) {
          goldUsed[g] = true;
          counts.get(candidate.type())[2]++;
          break;
        }
      }
      foundChars += candidate.length();
      for (Span truth : gold) {
        foundCharsInsideGold += Math.max(0, Math.min(truth.end(), candidate.end()) - Math.max(truth.start(), candidate.start()));
      }
    }
  }

  public int gold(EntityType type) {
    return counts.get(type)[0];
  }

  public int found(EntityType type) {
    return counts.get(type)[1];
  }

  public int matched(EntityType type) {
    return counts.get(type)[2];
  }

  public double recall(EntityType type) {
    return gold(type) == 0 ? 1.0 : (double) matched(type) / gold(type);
  }

  public double precision(EntityType type) {
    return found(type) == 0 ? 1.0 : (double) matched(type) / found(type);
  }

  public double f1(EntityType type) {
    double p = precision(type);
    double r = recall(type);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Of all characters the redactor would replace, the share that some gold span covers. */
  public double characterPrecision() {
    return foundChars == 0 ? 1.0 : (double) foundCharsInsideGold / foundChars;
  }
}
