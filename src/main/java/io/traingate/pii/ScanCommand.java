package io.traingate.pii;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.pii.detect.SpanFinder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * pii.md's "Scanning as a tool": JSONL {@code {"text": "…"}} in, one {@code {"spans": [...]}} line
 * out per input line, offsets in Java chars with exclusive ends. A line that is not a JSON object
 * with a string {@code text} gets an {@code {"error": "…"}} line instead; error messages never
 * contain the input.
 */
public final class ScanCommand {

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonFactory FACTORY = JSON.getFactory();

  private ScanCommand() {}

  /**
   * Scans every line of {@code in} and writes the results to {@code out} (both UTF-8).
   *
   * @return 0 if every line was scanned, 1 if some line got an error line instead
   */
  public static int run(RedactionRules rules, InputStream in, OutputStream out) {
    SpanFinder finder = SpanFinder.create(rules);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    boolean allScanned = true;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        String text = textOf(line);
        if (text == null) {
          allScanned = false;
          writer.write(errorLine("line is not a JSON object with a string field \"text\""));
        } else {
          writer.write(spansLine(finder.find(text)));
        }
        writer.write('\n');
      }
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("scan could not read its input or write its output", e);
    }
    return allScanned ? 0 : 1;
  }

  /** The line's {@code text} field, or null if the line is not an object carrying one. */
  private static String textOf(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      JsonNode text = node == null ? null : node.get("text");
      return text != null && text.isTextual() ? text.textValue() : null;
    } catch (JsonProcessingException e) {
      return null; // the parser's message may quote the line, so it is not passed on
    }
  }

  static String spansLine(List<Span> spans) throws IOException {
    StringWriter line = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(line)) {
      json.writeStartObject();
      writeSpansField(json, spans);
      json.writeEndObject();
    }
    return line.toString();
  }

  /** The {@code "spans"} field of pii.md's format, which the labeled corpus uses too. */
  public static void writeSpansField(JsonGenerator json, List<Span> spans) throws IOException {
    json.writeArrayFieldStart("spans");
    for (Span span : spans) {
      json.writeStartObject();
      json.writeStringField("type", span.type().name());
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static String errorLine(String message) throws IOException {
    StringWriter line = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("error", message);
      json.writeEndObject();
    }
    return line.toString();
  }
}
