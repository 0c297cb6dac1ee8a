package io.traingate.testing;

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

/** Reads the pipeline's JSONL outputs (plain or gzip) back in tests. */
public final class JsonLinesFiles {
  public static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesFiles() {}

  /** Every line of every file in {@code dir} whose name starts with {@code prefix}, parsed. */
  public static List<JsonNode> read(Path dir, String prefix) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : text(dir, prefix).split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  public static List<JsonNode> readFile(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  /** The content of every matching file, decompressed, one after the other. */
  public static String text(Path dir, String prefix) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        text.append(new String(content(file), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  public static byte[] content(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
    }
  }

  /** Every regular file under {@code root}, sorted. */
  public static List<Path> all(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
