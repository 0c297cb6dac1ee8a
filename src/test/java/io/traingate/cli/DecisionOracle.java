package io.traingate.cli;

import io.traingate.testing.JsonLinesFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares decision records with a hand-written oracle ({@code expected/decisions*.jsonl}): dead
 * letters by file name and line, decided records by conversation id.
 */
final class DecisionOracle {
  private DecisionOracle() {}

  static List<String> expected(Path oracle) throws IOException {
    List<String> keys = new ArrayList<>();
    for (JsonNode line : JsonLinesFiles.readFile(oracle)) {
      keys.add(key(line, line.get("source").asText()));
    }
    return keys;
  }

  static List<String> actual(List<JsonNode> decisions) {
    List<String> keys = new ArrayList<>();
    for (JsonNode line : decisions) {
      String source = line.has("source") ? Path.of(line.get("source").asText()).getFileName().toString() : null;
      keys.add(key(line, source));
    }
    return keys;
  }

  private static String key(JsonNode line, String source) {
    String decision = line.get("decision").asText();
    if (decision.equals("DEAD_LETTER")) {
      return source + " " + decision + " " + line.get("code").asText();
    }
    return line.get("conversation_id").asText() + " " + decision;
  }
}
