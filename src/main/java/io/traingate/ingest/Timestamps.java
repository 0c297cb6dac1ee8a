package io.traingate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Reads the contract's timestamps: an ISO-8601 instant with {@code Z} or an offset, or epoch
 * milliseconds as a JSON integer. Instants outside a plausible window are refused: they are
 * epoch seconds passed off as milliseconds, placeholder years (0, 9999) or clock faults, and a
 * policy decision must not rest on them.
 */
public final class Timestamps {
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  public static final Instant LATEST_EXCLUSIVE = Instant.parse("2100-01-01T00:00:00Z");

  private Timestamps() {}

  /** Parses an ISO-8601 instant (leap seconds fold to :59, as java.time does). */
  public static Instant parseIso(String text) {
    return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
  }

  static Instant read(JsonNode node, String field) throws RecordRejectedException {
    Instant instant;
    if (node.isTextual()) {
      try {
        instant = parseIso(node.textValue());
      } catch (DateTimeException e) {
        // the parser's message quotes the text: keep it out of the detail
        throw new RecordRejectedException(
            DeadLetterCode.BAD_TIMESTAMP, field + " is not an ISO-8601 instant with Z or an offset");
      }
    } else if (node.isIntegralNumber()) {
      if (!node.canConvertToLong()) {
        throw new RecordRejectedException(DeadLetterCode.BAD_TIMESTAMP, field + " is out of range");
      }
      instant = Instant.ofEpochMilli(node.longValue());
    } else {
      throw new RecordRejectedException(
          DeadLetterCode.BAD_FIELD_TYPE, field + " must be an ISO-8601 string or epoch milliseconds");
    }
    if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST_EXCLUSIVE)) {
      throw new RecordRejectedException(
          DeadLetterCode.BAD_TIMESTAMP, field + " is outside [" + EARLIEST + ", " + LATEST_EXCLUSIVE + ")");
    }
    return instant;
  }
}
