package io.traingate.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableSchema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.gcp.bigquery.SchemaAndRecord;

/**
 * Turns a row of a BigQuery consent table into the JSON object of a consent line, so that one
 * parser ({@link io.traingate.ingest.ConsentParser}) validates both forms and a bad row gets the
 * same dead-letter code as the same bad line would.
 *
 * <p>Only the contract's columns are taken ({@code user_id}, {@code event}, {@code effective_at},
 * {@code source}); other columns are ignored, as unknown fields of a line are. Values keep their
 * JSON kind: STRING is a string, INT64 a number (epoch milliseconds for {@code effective_at}),
 * BOOL a boolean, FLOAT64 a number, NULL null, a REPEATED column an array. A TIMESTAMP becomes the
 * ISO-8601 instant it holds. DATE, DATETIME and TIME become their text, which has no offset and
 * is therefore a {@code BAD_TIMESTAMP} for {@code effective_at}. Kinds the contract has no
 * use for (BYTES, NUMERIC, RECORD, ...) become an object naming the type, a {@code BAD_FIELD_TYPE}.
 */
public final class ConsentRows {
  /** The columns of the consent contract, in the order of data-contract.md. */
  public static final List<String> COLUMNS = List.of("user_id", "event", "effective_at", "source");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** BigQuery's text form of a TIMESTAMP, without the trailing " UTC". */
  private static final DateTimeFormatter BIGQUERY_TIMESTAMP_TEXT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]", Locale.ROOT);

  private ConsentRows() {}

  /** The row as one line of JSON, the consent line the parser reads. */
  public static String toJsonLine(SchemaAndRecord row) {
    return toJson(row.getTableSchema(), row.getRecord()).toString();
  }

  static ObjectNode toJson(TableSchema schema, GenericRecord record) {
    ObjectNode line = JSON.createObjectNode();
    for (String column : COLUMNS) {
      TableFieldSchema field = field(schema, column);
      if (field != null && record.getSchema().getField(column) != null) {
        line.set(column, value(field, record.get(column)));
      }
    }
    return line;
  }

  private static TableFieldSchema field(TableSchema schema, String column) {
    if (schema == null || schema.getFields() == null) {
      return null;
    }
    for (TableFieldSchema field : schema.getFields()) {
      if (column.equalsIgnoreCase(field.getName())) {
        return field;
      }
    }
    return null;
  }

  private static JsonNode value(TableFieldSchema field, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if ("REPEATED".equalsIgnoreCase(field.getMode()) && value instanceof Iterable<?> values) {
      ArrayNode array = NODES.arrayNode();
      TableFieldSchema element = field.clone().setMode("REQUIRED");
      for (Object each : values) {
        array.add(value(element, each));
      }
      return array;
    }
    String type = field.getType() == null ? "" : field.getType().toUpperCase(Locale.ROOT);
    switch (type) {
      case "STRING":
      case "DATE":
      case "DATETIME":
      case "TIME":
        return NODES.textNode(value.toString());
      case "INTEGER":
      case "INT64":
        return value instanceof Number number ? NODES.numberNode(number.longValue()) : integer(value.toString());
      case "FLOAT":
      case "FLOAT64":
        return value instanceof Number number ? NODES.numberNode(number.doubleValue()) : NODES.textNode(value.toString());
      case "BOOLEAN":
      case "BOOL":
        return value instanceof Boolean bool ? NODES.booleanNode(bool) : NODES.textNode(value.toString());
      case "TIMESTAMP":
        return timestamp(value);
      default:
        return NODES.objectNode().put("bigquery_type", type);
    }
  }

  private static JsonNode integer(String text) {
    try {
      return NODES.numberNode(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }

  /** Microseconds since the epoch (Avro export, Storage API), or BigQuery's text form of a TIMESTAMP. */
  private static JsonNode timestamp(Object value) {
    if (value instanceof Long micros) {
      long seconds = Math.floorDiv(micros, 1_000_000L);
      long nanos = Math.floorMod(micros, 1_000_000L) * 1_000L;
      return NODES.textNode(Instant.ofEpochSecond(seconds, nanos).toString());
    }
    String text = value.toString().trim();
    try {
      return NODES.textNode(Instant.parse(text).toString());
    } catch (DateTimeParseException notIso) {
      try {
        String withoutZone = text.endsWith(" UTC") ? text.substring(0, text.length() - 4) : text;
        return NODES.textNode(
            LocalDateTime.parse(withoutZone, BIGQUERY_TIMESTAMP_TEXT)
                .toInstant(ZoneOffset.UTC)
                .toString());
      } catch (DateTimeParseException notBigQueryText) {
        // left as it is: the parser reports it as a BAD_TIMESTAMP
        return NODES.textNode(text);
      }
    }
  }
}
