package io.traingate.hostile;

import io.traingate.testing.JsonLinesFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile-input corpus of {@code test-data/hostile/} (see its README), staged for a run: the
 * committed files plus the 20 MB line, which is written here rather than committed.
 */
final class HostileCorpus {
  static final Path ROOT = Path.of("test-data/hostile");
  static final String CONSENT_AS_OF = "2026-06-01T00:00:00Z";
  static final String HUGE_FILE = "20-huge-line.jsonl";
  static final int HUGE_BYTES = 20 * 1024 * 1024;
  static final String TRUNCATED_FILE = "11-truncated.jsonl.gz";
  /** The truncated file is cut inside this line (1-based). */
  static final int TRUNCATED_AT_LINE = 55;
  /** Every line's content carries such a marker: file number and line. */
  static final Pattern MARKER = Pattern.compile("HOSTILE-(\\d\\d)-(\\d+)");

  private HostileCorpus() {}

  /** Copies the corpus's conversations under {@code dir} and adds the 20 MB line file; returns the directory. */
  static Path stageConversations(Path dir) throws IOException {
    Path conversations = Files.createDirectories(dir.resolve("conversations"));
    try (Stream<Path> files = Files.list(ROOT.resolve("conversations"))) {
      for (Path file : files.toList()) {
        Files.copy(file, conversations.resolve(file.getFileName()));
      }
    }
    writeHugeLineFile(conversations.resolve(HUGE_FILE));
    return conversations;
  }

  /**
   * Three lines: a valid conversation, a 20 MB one (over the 16 MiB default limit, its content a
   * marker repeated) and another valid one: TOO_LARGE must cost only the middle line.
   */
  static void writeHugeLineFile(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(conversation("huge-before", "HOSTILE-20-1 hello").getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      String head = "{\"conversation_id\": \"huge-middle\", \"user_id\": \"h-ok\", \"product\": \"chatgpt\", \"plan\": \"plus\","
          + " \"created_at\": \"2026-03-01T10:00:00Z\", \"messages\": [{\"role\": \"user\", \"content\": \"";
      String tail = "\"}]}";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] unit = "HOSTILE-20-2 huge ".getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[unit.length * 4096];
      for (int i = 0; i < 4096; i++) {
        System.arraycopy(unit, 0, block, i * unit.length, unit.length);
      }
      long written = head.length();
      while (written + tail.length() < HUGE_BYTES) {
        int n = (int) Math.min(block.length, HUGE_BYTES - tail.length() - written);
        out.write(block, 0, n);
        written += n;
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.write(conversation("huge-after", "HOSTILE-20-3 bye").getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }

  static String conversation(String id, String content) {
    return "{\"conversation_id\": \"" + id + "\", \"user_id\": \"h-ok\", \"product\": \"chatgpt\", \"plan\": \"plus\","
        + " \"created_at\": \"2026-03-01T10:00:00Z\", \"messages\": [{\"role\": \"user\", \"content\": \"" + content + "\"}]}";
  }

  /** The oracle's lines: {@code file:line decision [code]} or {@code id decision} keys, as {@link #key} makes them. */
  static List<JsonNode> oracle() throws IOException {
    return JsonLinesFiles.readFile(ROOT.resolve("expected/decisions.jsonl"));
  }

  /**
   * A decision's key for comparing with the oracle: dead letters by file name, line and code,
   * decided records by conversation id and decision.
   */
  static String key(JsonNode decision, String source) {
    String name = decision.get("decision").asText();
    if (name.equals("DEAD_LETTER")) {
      return source + " DEAD_LETTER " + decision.get("code").asText();
    }
    return decision.get("conversation_id").asText() + " " + name;
  }

  static String fileName(String source) {
    String name = Path.of(source).getFileName().toString();
    return name;
  }

  /** The markers ({@code HOSTILE-NN-L}) found in a text. */
  static List<String> markers(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = MARKER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** The marker of a source {@code NN-name.jsonl:L}. */
  static String markerOf(String source) {
    String name = fileName(source);
    String[] parts = name.split(":");
    return "HOSTILE-" + name.substring(0, 2) + "-" + parts[parts.length - 1];
  }

  static List<String> plantedValues() throws IOException {
    return Arrays.stream(Files.readString(ROOT.resolve("expected/planted-pii.txt")).split("\n"))
        .filter(l -> !l.isBlank())
        .map(l -> l.substring(l.indexOf('\t') + 1))
        .toList();
  }
}
