package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Rejection REJECTION = Rejection.of(DeadLetterCode.BAD_VALUE, "event has a value that is not allowed")
      .attributedTo("c-1", "u-1");

  @Test
  void utf8LineIsKeptAsRawText() {
    String text = "{\"user_id\": \"Zoë\", \"event\": \"nope\"}";
    DeadLetter d = DeadLetter.of(REJECTION, "gs://b/consent-0.jsonl:3", new RawLine(3, text.getBytes(StandardCharsets.UTF_8), 0));
    assertThat(d.raw(), is(text));
    assertThat(d.rawBase64(), is(nullValue()));
    assertThat(d.code(), is(DeadLetterCode.BAD_VALUE));
    assertThat(d.detail(), is("event has a value that is not allowed"));
    assertThat(d.source(), is("gs://b/consent-0.jsonl:3"));
    assertThat(d.conversationId(), is("c-1"));
    assertThat(d.userId(), is("u-1"));
  }

  @Test
  void invalidUtf8LineIsKeptAsBase64OfTheExactBytes() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
    DeadLetter d = DeadLetter.of(Rejection.of(DeadLetterCode.MALFORMED_JSON, "the line is not valid UTF-8"), "f:1",
        new RawLine(1, bytes, bytes.length));
    assertThat(d.raw(), is(nullValue()));
    assertThat(Base64.getDecoder().decode(d.rawBase64()), is(bytes));
  }

  @Test
  void tooLargeLineKeepsNeitherRawNorBase64() {
    DeadLetter d = DeadLetter.of(Rejection.of(DeadLetterCode.TOO_LARGE, "record of 9 bytes exceeds"), "f:2", new RawLine(2, null, 9));
    assertThat(d.raw(), is(nullValue()));
    assertThat(d.rawBase64(), is(nullValue()));
    assertThat(d.code(), is(DeadLetterCode.TOO_LARGE));
  }

  @Test
  void jsonFormHasTheContractFieldsAndNoIds() throws Exception {
    String text = "{\"x\": 1}";
    DeadLetter d = DeadLetter.of(REJECTION, "f:3", new RawLine(3, text.getBytes(StandardCharsets.UTF_8), text.length()));
    JsonNode node = JSON.readTree(JSON.writeValueAsString(d));
    assertThat(node.path("code").asText(), is("BAD_VALUE"));
    assertThat(node.path("detail").asText(), is("event has a value that is not allowed"));
    assertThat(node.path("source").asText(), is("f:3"));
    assertThat(node.path("raw").asText(), is(text));
    assertThat(node.has("raw_base64"), is(false));
    assertThat(node.has("conversationId") || node.has("conversation_id"), is(false));
    assertThat(node.has("userId") || node.has("user_id"), is(false));
  }

  @Test
  void jsonFormOfAnInvalidUtf8LineHasOnlyRawBase64() throws Exception {
    byte[] bytes = {(byte) 0xFF, 'x'};
    DeadLetter d = DeadLetter.of(Rejection.of(DeadLetterCode.MALFORMED_JSON, "bad"), "f:4", new RawLine(4, bytes, 2));
    JsonNode node = JSON.readTree(JSON.writeValueAsString(d));
    assertThat(node.has("raw"), is(false));
    assertThat(node.path("raw_base64").asText(), is(Base64.getEncoder().encodeToString(bytes)));
  }

  @Test
  void unreadableRestOfAFileIsAMalformedDeadLetterNamingTheLine() {
    DeadLetter d = DeadLetter.unreadableRest("gs://b/c.jsonl.gz", 1234);
    assertThat(d.code(), is(DeadLetterCode.MALFORMED_JSON));
    assertThat(d.detail(), containsString("1234"));
    assertThat(d.source(), is("gs://b/c.jsonl.gz"));
    assertThat(d.raw(), is(nullValue()));
    assertThat(d.rawBase64(), is(nullValue()));
    assertThat(d.userId(), is(nullValue()));
  }
}
