package io.traingate.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Spoils a good record in one of the ways real inputs go bad, so that every dead-letter path of
 * the gate sees traffic. A spoiled consent event keeps its {@code user_id}: one that named nobody
 * would make consent unusable for every user (policy.md rule 6), not a realistic trickle.
 */
final class BadRecords {
  private BadRecords() {}

  static String conversation(ObjectNode record, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0 -> {
        // a writer that died mid-line: MALFORMED_JSON
        String json = record.toString();
        return json.substring(0, random.nextInt(1, json.length() - 1));
      }
      case 1 -> badTimestamp(record, "created_at", random);
      case 2 -> ((ObjectNode) record.get("messages").get(0)).put("role", "narrator");
      default -> record.remove("plan");
    }
    return record.toString();
  }

  static String consentEvent(ObjectNode record, SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0 -> badTimestamp(record, "effective_at", random);
      case 1 -> record.put("event", "pause");
      default -> record.remove("effective_at");
    }
    return record.toString();
  }

  /** Epoch seconds where milliseconds belong (1970), an impossible date, or words. */
  private static void badTimestamp(ObjectNode record, String field, SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0 -> record.put(field, 1_767_225_600L);
      case 1 -> record.put(field, "2026-02-30T10:00:00Z");
      default -> record.put(field, "last tuesday");
    }
  }
}
