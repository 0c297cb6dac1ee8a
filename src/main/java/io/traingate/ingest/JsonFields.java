package io.traingate.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;

/** Typed, validating access to the fields of one JSON record, shared by the record parsers. */
final class JsonFields {
  static final int MAX_NESTING_DEPTH = 1000;
  static final int MAX_ID_LENGTH = 256;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          // a key given twice is ambiguous (which user_id?): refuse rather than guess
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(Integer.MAX_VALUE)
                .build());
  }

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Parses a line that must hold exactly one JSON object. */
  static JsonFields parseObject(String json) throws RecordRejectedException {
    if (json.isBlank()) {
      throw new RecordRejectedException(DeadLetterCode.MALFORMED_JSON, "empty line");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // Jackson's messages may quote the input: report only where it failed
      throw new RecordRejectedException(DeadLetterCode.MALFORMED_JSON, describe(e));
    }
    if (root == null || !root.isObject()) {
      throw new RecordRejectedException(DeadLetterCode.MALFORMED_JSON, "the line is not a JSON object");
    }
    return new JsonFields(root, "");
  }

  private static String describe(JsonProcessingException e) {
    String kind = e.getClass().getSimpleName();
    if (e.getLocation() == null) {
      return "invalid JSON (" + kind + ")";
    }
    return "invalid JSON (" + kind + ") at column " + e.getLocation().getColumnNr();
  }

  JsonFields object(String field, JsonNode value) throws RecordRejectedException {
    if (!value.isObject()) {
      throw typeError(field, "an object");
    }
    return new JsonFields(value, name(field));
  }

  JsonNode required(String field) throws RecordRejectedException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new RecordRejectedException(DeadLetterCode.MISSING_FIELD, name(field) + " is missing");
    }
    return value;
  }

  /** The field's node, or null when absent or JSON null. */
  JsonNode optional(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  String requiredString(String field) throws RecordRejectedException {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw typeError(field, "a string");
    }
    return value.textValue();
  }

  /** A required string of 1 to 256 characters. */
  String requiredId(String field) throws RecordRejectedException {
    String value = requiredString(field);
    if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
      throw new RecordRejectedException(
          DeadLetterCode.BAD_VALUE, name(field) + " must have 1 to " + MAX_ID_LENGTH + " characters");
    }
    return value;
  }

  /** The id when the field holds a valid one, else null; never rejects (used to attribute bad records). */
  String idOrNull(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      return null;
    }
    String id = value.textValue();
    return id.isEmpty() || id.length() > MAX_ID_LENGTH ? null : id;
  }

  String optionalString(String field) throws RecordRejectedException {
    JsonNode value = optional(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw typeError(field, "a string");
    }
    return value.textValue();
  }

  boolean optionalBoolean(String field, boolean absent) throws RecordRejectedException {
    JsonNode value = optional(field);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      throw typeError(field, "a boolean");
    }
    return value.booleanValue();
  }

  JsonNode requiredArray(String field) throws RecordRejectedException {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw typeError(field, "an array");
    }
    return value;
  }

  Instant requiredTimestamp(String field) throws RecordRejectedException {
    return Timestamps.read(required(field), name(field));
  }

  Instant optionalTimestamp(String field) throws RecordRejectedException {
    JsonNode value = optional(field);
    return value == null ? null : Timestamps.read(value, name(field));
  }

  /** A required string that must be one of {@code allowed} (compared as written, lower case). */
  <E extends Enum<E>> E requiredEnum(String field, Class<E> type) throws RecordRejectedException {
    String value = requiredString(field);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    throw new RecordRejectedException(DeadLetterCode.BAD_VALUE, name(field) + " has a value that is not allowed");
  }

  private RecordRejectedException typeError(String field, String expected) {
    return new RecordRejectedException(DeadLetterCode.BAD_FIELD_TYPE, name(field) + " must be " + expected);
  }

  private String name(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
