package io.traingate.transforms;

import io.traingate.pii.EntityType;
import io.traingate.training.TrainingRecord;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** A training record and how many spans of each type its redaction replaced (for the audit). */
public record Redacted(TrainingRecord record, Map<EntityType, Integer> piiReplaced) implements Serializable {

  public Redacted {
    piiReplaced = piiReplaced.isEmpty() ? Map.of() : new EnumMap<>(piiReplaced);
  }
}
