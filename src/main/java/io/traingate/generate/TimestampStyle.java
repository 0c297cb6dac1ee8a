package io.traingate.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How one record writes its timestamps: every form the contract allows occurs (ISO-8601 with
 * {@code Z}, with an offset, epoch milliseconds), UTC most often.
 */
record TimestampStyle(Form form, ZoneOffset offset) {
  enum Form {
    ISO_UTC,
    ISO_OFFSET,
    EPOCH_MILLIS
  }

  private static final List<ZoneOffset> OFFSETS =
      List.of(ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(1), ZoneOffset.ofHours(-3));

  static TimestampStyle pick(SplittableRandom random) {
    double point = random.nextDouble();
    ZoneOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
    Form form = point < 0.88 ? Form.ISO_UTC : point < 0.94 ? Form.ISO_OFFSET : Form.EPOCH_MILLIS;
    return new TimestampStyle(form, offset);
  }

  JsonNode write(Instant instant) {
    return switch (form) {
      case ISO_UTC -> JsonNodeFactory.instance.textNode(instant.toString());
      case ISO_OFFSET -> JsonNodeFactory.instance.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset)));
      case EPOCH_MILLIS -> JsonNodeFactory.instance.numberNode(instant.toEpochMilli());
    };
  }
}
