package io.traingate.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads a run's outputs back (plain or gzip JSONL), and every file of an output tree. */
final class OutputFiles {
  static final ObjectMapper JSON = new ObjectMapper();

  private OutputFiles() {}

  /** Every line of every file in {@code dir} whose name starts with {@code prefix}, parsed. */
  static List<JsonNode> read(Path dir, String prefix) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : text(dir, prefix).split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  static List<JsonNode> readFile(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  static String text(Path dir, String prefix) throws IOException {
    StringBuilder text = new StringBuilder();
    if (!Files.isDirectory(dir)) {
      return "";
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        text.append(new String(content(file), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  static byte[] content(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
    }
  }

  /** Every regular file under {@code root}, decompressed, by path relative to root. */
  static List<Path> all(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
