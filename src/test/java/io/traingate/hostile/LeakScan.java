package io.traingate.hostile;

import io.traingate.testing.JsonLinesFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** What must never leak (ids, content, key material) and where it was found. */
final class LeakScan {
  private LeakScan() {}

  /** What the input files hold: user ids, conversation ids and message contents by conversation id. */
  record Inputs(Set<String> userIds, Set<String> conversationIds, Map<String, List<String>> contents) {}

  /** Reads every parseable line of every file under {@code dir} (plain or gzip; a broken rest is ignored). */
  static Inputs read(Path dir) throws IOException {
    Set<String> users = new LinkedHashSet<>();
    Set<String> conversations = new LinkedHashSet<>();
    Map<String, List<String>> contents = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      for (String line : lines(file)) {
        JsonNode record;
        try {
          record = JsonLinesFiles.JSON.readTree(line);
        } catch (IOException | RuntimeException notJson) {
          continue;
        }
        if (record == null || !record.isObject()) {
          continue;
        }
        if (record.path("user_id").isTextual()) {
          users.add(record.get("user_id").asText());
        }
        String id = record.path("conversation_id").isTextual() ? record.get("conversation_id").asText() : "(no id)";
        if (record.path("conversation_id").isTextual()) {
          conversations.add(id);
        }
        if (record.path("messages").isArray()) {
          for (JsonNode message : record.get("messages")) {
            if (message.path("content").isTextual()) {
              contents.computeIfAbsent(id, k -> new ArrayList<>()).add(message.get("content").asText());
            }
          }
        }
      }
    }
    return new Inputs(users, conversations, contents);
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.length() < (1 << 20)) {
          lines.add(line);
        }
      }
    } catch (IOException truncated) {
      // a truncated gzip: the lines before the break are enough
    }
    return lines;
  }

  /** The key as text, as hex (both cases) and as base64 (standard, URL-safe, unpadded). */
  static Map<String, String> keyForms(byte[] key) {
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("key text", new String(key, StandardCharsets.UTF_8));
    forms.put("key hex", HexFormat.of().formatHex(key));
    forms.put("key HEX", HexFormat.of().withUpperCase().formatHex(key));
    forms.put("key base64", Base64.getEncoder().withoutPadding().encodeToString(key));
    forms.put("key base64url", Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    // base64 of the key at another alignment still holds this run of characters
    forms.put("key base64 (offset 1)", Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(key, 1, key.length)).substring(4));
    forms.put("key base64 (offset 2)", Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(key, 2, key.length)).substring(4));
    return forms;
  }

  /** An id as a whole word: not part of a longer id or a hex string. */
  static boolean containsId(String text, String id) {
    if (id.isBlank() || !text.contains(id)) {
      return false;
    }
    return Pattern.compile("(?<![\\w.-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find();
  }

  /** A message's content as it would appear in a text: its first 24 characters, if it has that many. */
  static String contentProbe(String content) {
    String trimmed = content.strip();
    return trimmed.length() >= 24 ? trimmed.substring(0, 24) : null;
  }

  /** Every regular file under {@code root}, decompressed, as text. */
  static Map<String, String> outputTexts(Path root) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : JsonLinesFiles.all(root)) {
      texts.put(root.relativize(file).toString(), new String(JsonLinesFiles.content(file), StandardCharsets.UTF_8));
    }
    return texts;
  }
}
