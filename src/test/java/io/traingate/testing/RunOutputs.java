package io.traingate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * What one run wrote under its output root, in a form two runs can be compared by: records as
 * sorted lines (shard boundaries differ between runners), and the summary's counts.
 */
public record RunOutputs(List<String> trainingRecords, List<String> decisions, JsonNode summary) {

  public static RunOutputs read(Path output) throws IOException {
    return new RunOutputs(
        sortedLines(output.resolve("train")),
        sortedLines(output.resolve("audit"), "decisions-"),
        new ObjectMapper().readTree(output.resolve("audit/summary.json").toFile()));
  }

  private static List<String> sortedLines(Path dir) throws IOException {
    return sortedLines(dir, "");
  }

  private static List<String> sortedLines(Path dir, String prefix) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".gz")).toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
              lines.add(line);
            }
          }
        }
      }
    }
    Collections.sort(lines);
    return lines;
  }
}
