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
import java.util.Locale;

/**
 * Typed, validating access to the fields of one JSON record, shared by the record parsers. A
 * field that fails its check is recorded, not thrown, and reads as null: the whole record is
 * checked, and the most basic problem found wins (a missing field before a wrong type before a
 * bad timestamp before a bad value), whatever the order of the fields.
 */
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
  private final Problems problems;

  private JsonFields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The problems of one record, shared by its nested objects. */
  private static final class Problems {
    private Rejection worst;

    void add(DeadLetterCode code, String detail) {
      if (worst == null || code.compareTo(worst.code()) < 0) {
        worst = Rejection.of(code, detail);
      }
    }
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
    return new JsonFields(root, "", new Problems());
  }

  /** The most basic problem found in the record so far, or null when it is valid. */
  Rejection problem() {
    return problems.worst;
  }

  private static String describe(JsonProcessingException e) {
    String kind = e.getClass().getSimpleName();
    if (e.getLocation() == null) {
      return "invalid JSON (" + kind + ")";
    }
    return "invalid JSON (" + kind + ") at column " + e.getLocation().getColumnNr();
  }

  /** The nested object, or null (recorded) when {@code value} is not an object. */
  JsonFields object(String field, JsonNode value) {
    if (!value.isObject()) {
      typeError(field, "an object");
      return null;
    }
    return new JsonFields(value, name(field), problems);
  }

  private JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problems.add(DeadLetterCode.MISSING_FIELD, name(field) + " is missing");
      return null;
    }
    return value;
  }

  /** The field's node, or null when absent or JSON null. */
  private JsonNode optional(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  String requiredString(String field) {
    return text(field, required(field));
  }

  /** A required string of 1 to 256 characters. */
  String requiredId(String field) {
    String value = requiredString(field);
    if (value != null && (value.isEmpty() || value.codePointCount(0, value.length()) > MAX_ID_LENGTH)) {
      problems.add(DeadLetterCode.BAD_VALUE, name(field) + " must have 1 to " + MAX_ID_LENGTH + " characters");
      return null;
    }
    if (value != null && hasUnpairedSurrogate(value)) {
      // UTF-8 cannot carry it: every coder and file would turn it into '?', and two users into one.
      problems.add(DeadLetterCode.BAD_VALUE, name(field) + " holds an unpaired surrogate (\\uD800-\\uDFFF escape)");
      return null;
    }
    return value;
  }

  private static boolean hasUnpairedSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  String optionalString(String field) {
    return text(field, optional(field));
  }

  private String text(String field, JsonNode value) {
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      typeError(field, "a string");
      return null;
    }
    return value.textValue();
  }

  boolean optionalBoolean(String field, boolean absent) {
    JsonNode value = optional(field);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      typeError(field, "a boolean");
      return absent;
    }
    return value.booleanValue();
  }

  /** The array, or null (recorded) when it is missing or not an array. */
  JsonNode requiredArray(String field) {
    JsonNode value = required(field);
    if (value != null && !value.isArray()) {
      typeError(field, "an array");
      return null;
    }
    return value;
  }

  Instant requiredTimestamp(String field) {
    return timestamp(field, required(field));
  }

  Instant optionalTimestamp(String field) {
    return timestamp(field, optional(field));
  }

  private Instant timestamp(String field, JsonNode value) {
    if (value == null) {
      return null;
    }
    try {
      return Timestamps.read(value, name(field));
    } catch (RecordRejectedException e) {
      problems.add(e.code(), e.getMessage());
      return null;
    }
  }

  /** A required string naming one of {@code type}'s constants in lower case ({@code opt_out}, {@code user}). */
  <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
    String value = requiredString(field);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    problems.add(DeadLetterCode.BAD_VALUE, name(field) + " has a value that is not allowed");
    return null;
  }

  private void typeError(String field, String expected) {
    problems.add(DeadLetterCode.BAD_FIELD_TYPE, name(field) + " must be " + expected);
  }

  private String name(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
