package io.traingate.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A refused input record as the dead-letter output keeps it: enough to find it ({@code source}),
 * know why ({@code code}, {@code detail}) and replay it ({@code raw}, or {@code raw_base64} when
 * the bytes are not UTF-8; neither when the record was too large to hold).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
    @JsonProperty("code") DeadLetterCode code,
    @JsonProperty("detail") String detail,
    @JsonProperty("source") String source,
    @JsonIgnore String conversationId,
    @JsonIgnore String userId,
    @JsonProperty("raw") String raw,
    @JsonProperty("raw_base64") String rawBase64)
    implements Serializable {

  /** A dead letter for a line that a parser refused. */
  public static DeadLetter of(Rejection rejection, String source, RawLine line) {
    String raw = null;
    String rawBase64 = null;
    if (!line.isTooLarge()) {
      try {
        raw =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line.bytes()))
                .toString();
      } catch (CharacterCodingException e) {
        rawBase64 = Base64.getEncoder().encodeToString(line.bytes());
      }
    }
    return new DeadLetter(
        rejection.code(), rejection.detail(), source, rejection.conversationId(), rejection.userId(), raw, rawBase64);
  }

  /** A dead letter for the unreadable rest of a file (truncated or corrupt compression). */
  public static DeadLetter unreadableRest(String source, long linesRead) {
    return new DeadLetter(
        DeadLetterCode.MALFORMED_JSON,
        "the file cannot be read after line " + linesRead + " (truncated or corrupt); the rest of it is lost",
        source,
        null,
        null,
        null,
        null);
  }
}
