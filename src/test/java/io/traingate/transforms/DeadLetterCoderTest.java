package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.DeadLetterCode;
import org.junit.jupiter.api.Test;

class DeadLetterCoderTest {
  private static final DeadLetter TYPICAL =
      new DeadLetter(
          DeadLetterCode.BAD_TIMESTAMP,
          "created_at is not an ISO-8601 instant with offset",
          "/data/conversations/part-00003.jsonl.gz:1207",
          "c-81",
          "u-4821",
          "{\"conversation_id\": \"c-81\", \"created_at\": \"yesterday\"}",
          null);

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        DeadLetterCoder.of(),
        TYPICAL,
        new DeadLetter(DeadLetterCode.MALFORMED_JSON, null, null, null, null, null, null),
        new DeadLetter(DeadLetterCode.TOO_LARGE, "", "", "", "", null, null),
        new DeadLetter(DeadLetterCode.MALFORMED_JSON, "invalid UTF-8", "f:1", null, null, null, "/w=="),
        new DeadLetter(DeadLetterCode.BAD_VALUE, UNICODE, UNICODE, UNICODE, UNICODE, UNICODE, null));
    for (DeadLetterCode code : DeadLetterCode.values()) {
      CoderChecks.roundTrips(DeadLetterCoder.of(), new DeadLetter(code, "d", "s", null, "u", "{}", null));
    }
  }

  @Test
  void isSmallerThanJavaSerialization() throws Exception {
    // the raw record dominates a dead letter, so the gain is smaller than for the other records
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(DeadLetterCoder.of(), DeadLetter.class, TYPICAL), greaterThan(2.0));
  }
}
