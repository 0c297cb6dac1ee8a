package io.traingate.cli;

import io.traingate.testing.JsonLinesFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The well-formed conversation records of an input folder, read independently of the pipeline. */
final class SampleInputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> records;

  private SampleInputs(List<JsonNode> records) {
    this.records = records;
  }

  static SampleInputs read(Path dir) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        for (String line : new String(JsonLinesFiles.content(file), StandardCharsets.UTF_8).split("\n")) {
          JsonNode record = parseOrNull(line);
          if (record != null
              && record.isObject()
              && record.path("conversation_id").isTextual()
              && record.path("messages").isArray()) {
            records.add(record);
          }
        }
      }
    }
    return new SampleInputs(records);
  }

  private static JsonNode parseOrNull(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  List<JsonNode> all() {
    return records;
  }

  /** Among the records with this id, the one with the most messages. */
  JsonNode recordWithMostMessages(String conversationId) {
    return records.stream()
        .filter(r -> r.get("conversation_id").asText().equals(conversationId))
        .max(Comparator.comparingInt(r -> r.get("messages").size()))
        .orElseThrow();
  }

  /** Every conversation, user and workspace id in the inputs. */
  Set<String> identifiers() {
    Set<String> ids = new HashSet<>();
    for (JsonNode record : records) {
      for (String field : List.of("conversation_id", "user_id", "workspace_id")) {
        if (record.path(field).isTextual() && !record.get(field).asText().isBlank()) {
          ids.add(record.get(field).asText());
        }
      }
    }
    return ids;
  }
}
