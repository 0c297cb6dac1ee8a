package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.audit.DecisionRecord;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.policy.Decision;
import org.junit.jupiter.api.Test;

class DecisionRecordCoderTest {
  private static final DecisionRecord TYPICAL = new DecisionRecord("c-0001234", "u-0004821", Decision.EXCLUDED_OPTED_OUT, null, null);

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        DecisionRecordCoder.of(),
        TYPICAL,
        new DecisionRecord(null, null, Decision.DEAD_LETTER, DeadLetterCode.MALFORMED_JSON, "conversations.jsonl:7"),
        new DecisionRecord(UNICODE, "", Decision.DEAD_LETTER, DeadLetterCode.TOO_LARGE, UNICODE));
    for (Decision decision : Decision.values()) {
      CoderChecks.roundTrips(DecisionRecordCoder.of(), new DecisionRecord("c", "u", decision, null, null));
    }
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(DecisionRecordCoder.of(), DecisionRecord.class, TYPICAL), greaterThan(10.0));
  }
}
