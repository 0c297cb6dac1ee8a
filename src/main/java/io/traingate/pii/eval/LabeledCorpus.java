package io.traingate.pii.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.pii.EntityType;
import io.traingate.pii.ScanCommand;
import io.traingate.pii.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes labeled corpora: JSONL lines
 * {@code {"text": "...", "spans": [{"type": "EMAIL", "start": 3, "end": 20}]}}, offsets in Java
 * chars, end exclusive.
 */
public final class LabeledCorpus {
  private LabeledCorpus() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<LabeledMessage> read(Path file) throws IOException {
    List<LabeledMessage> messages = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        messages.add(parse(line, file, number));
      }
    }
    return messages;
  }

  private static LabeledMessage parse(String line, Path file, int number) throws IOException {
    JsonNode node = JSON.readTree(line);
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new IOException(file + " line " + number + ": no string field \"text\"");
    }
    List<Span> spans = new ArrayList<>();
    for (JsonNode span : node.path("spans")) {
      spans.add(new Span(EntityType.valueOf(span.get("type").asText()), span.get("start").asInt(), span.get("end").asInt()));
    }
    return new LabeledMessage(text.textValue(), spans);
  }

  /** Writes one line per message, fields in a fixed order, so equal corpora give equal bytes. */
  public static void write(List<LabeledMessage> messages, Writer out) throws IOException {
    for (LabeledMessage message : messages) {
      try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("text", message.text());
        ScanCommand.writeSpansField(json, message.spans());
        json.writeEndObject();
      }
      out.write('\n');
    }
  }
}
