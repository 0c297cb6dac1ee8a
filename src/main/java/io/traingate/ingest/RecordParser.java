package io.traingate.ingest;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns one JSON line of the data contract into a record, or a rejection. */
public interface RecordParser<T> extends Serializable {

  /**
   * @param json the line, decoded from UTF-8
   * @param rawBytes the line's bytes, for the record digest of duplicate tie-breaks
   */
  ParseOutcome<T> parse(String json, byte[] rawBytes);

  /** Parses a raw line: too large and invalid UTF-8 are refused before any JSON is read. */
  default ParseOutcome<T> parseLine(RawLine line, int maxRecordBytes) {
    if (line.isTooLarge()) {
      return ParseOutcome.rejected(
          Rejection.of(
              DeadLetterCode.TOO_LARGE,
              "record of " + line.length() + " bytes exceeds the limit of " + maxRecordBytes + " bytes"));
    }
    String json;
    try {
      json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line.bytes()))
              .toString();
    } catch (CharacterCodingException e) {
      return ParseOutcome.rejected(Rejection.of(DeadLetterCode.MALFORMED_JSON, "the line is not valid UTF-8"));
    }
    return parse(json, line.bytes());
  }
}
