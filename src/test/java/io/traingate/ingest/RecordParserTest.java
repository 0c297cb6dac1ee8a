package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.traingate.policy.ConsentEvent;
import io.traingate.policy.Conversation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordParserTest {
  private static final int LIMIT = 1 << 20;
  private static final String CONSENT =
      "{\"user_id\": \"u-42\", \"event\": \"opt_out\", \"effective_at\": \"2026-03-10T00:00:00Z\", \"source\": \"Zoë ☕ 😀\"}";

  private static RawLine line(byte[] bytes) {
    return new RawLine(1, bytes, bytes.length);
  }

  private static byte[] hex(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  @Test
  void tooLargeLineIsRefusedWithItsLengthAndTheLimit() {
    ParseOutcome<ConsentEvent> outcome = new ConsentParser().parseLine(new RawLine(7, null, 20_000_000L), 16 * 1024 * 1024);
    assertThat(outcome.isParsed(), is(false));
    assertThat(outcome.rejection().code(), is(DeadLetterCode.TOO_LARGE));
    assertThat(outcome.rejection().detail(), containsString("20000000"));
    assertThat(outcome.rejection().detail(), containsString(String.valueOf(16 * 1024 * 1024)));
  }

  @Test
  void tooLargeConversationLineIsRefused() {
    assertThat(new ConversationParser().parseLine(new RawLine(1, null, 5000), 4096).rejection().code(), is(DeadLetterCode.TOO_LARGE));
  }

  @Test
  void validMultiByteUtf8IsDecoded() {
    ParseOutcome<ConsentEvent> outcome = new ConsentParser().parseLine(line(CONSENT.getBytes(StandardCharsets.UTF_8)), LIMIT);
    assertThat(outcome.isParsed(), is(true));
    assertThat(outcome.value().source(), is("Zoë ☕ 😀"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "C328", // 2-byte lead followed by ASCII
      "80", // lone continuation byte
      "C0AF", // overlong '/'
      "EDA080", // UTF-16 surrogate encoded in UTF-8
      "F4908080", // beyond U+10FFFF
      "FF", "E282"}) // invalid byte; truncated 3-byte sequence
  void invalidUtf8IsMalformedJsonBeforeAnyJsonIsRead(String badHex) {
    byte[] good = CONSENT.getBytes(StandardCharsets.UTF_8);
    int at = CONSENT.indexOf("Zo");
    byte[] bad = hex(badHex);
    byte[] bytes = new byte[good.length + bad.length];
    System.arraycopy(good, 0, bytes, 0, at);
    System.arraycopy(bad, 0, bytes, at, bad.length);
    System.arraycopy(good, at, bytes, at + bad.length, good.length - at);
    ParseOutcome<ConsentEvent> outcome = new ConsentParser().parseLine(line(bytes), LIMIT);
    assertThat(outcome.rejection().code(), is(DeadLetterCode.MALFORMED_JSON));
    assertThat(outcome.rejection().detail(), containsString("UTF-8"));
  }

  @Test
  void parseLineHandsTheRawBytesToTheDigest() {
    String json = "{\"conversation_id\": \"c\", \"user_id\": \"u\", \"product\": \"chatgpt\", \"plan\": \"plus\","
        + " \"created_at\": \"2026-03-01T10:00:00Z\", \"messages\": []}";
    ConversationParser parser = new ConversationParser();
    Conversation viaLine = parser.parseLine(line(json.getBytes(StandardCharsets.UTF_8)), LIMIT).value();
    Conversation direct = parser.parse(json, json.getBytes(StandardCharsets.UTF_8)).value();
    Conversation spaced = parser.parseLine(line((json + " ").getBytes(StandardCharsets.UTF_8)), LIMIT).value();
    assertThat(viaLine.recordDigest(), is(direct.recordDigest()));
    assertThat(spaced.recordDigest(), is(not(viaLine.recordDigest())));
  }

  @Test
  void emptyLineIsMalformed() {
    assertThat(new ConversationParser().parseLine(line(new byte[0]), LIMIT).rejection().code(), is(DeadLetterCode.MALFORMED_JSON));
  }
}
