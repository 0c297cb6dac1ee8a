package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.Role;
import io.traingate.training.TrainingRecord;
import io.traingate.training.TrainingRecord.TrainingMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingRecordCoderTest {
  static final TrainingRecord TYPICAL =
      new TrainingRecord(
          "3f7a9c0e5b2d4f6a8c1e3b5d7f9a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f2a",
          "chatgpt",
          List.of(
              TrainingMessage.of(Role.USER, "Hi, I'm [PERSON_1], can you proofread my cover letter?"),
              TrainingMessage.of(Role.ASSISTANT, "Of course. Paste it here.")));

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        TrainingRecordCoder.of(),
        TYPICAL,
        new TrainingRecord("", "", List.of()),
        new TrainingRecord(UNICODE, UNICODE, List.of(new TrainingMessage(UNICODE, UNICODE), new TrainingMessage("", ""))));
  }

  @Test
  void isSmallerThanJavaSerialization() throws Exception {
    // the message text dominates a training record, so the gain is smaller than for the other records
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(TrainingRecordCoder.of(), TrainingRecord.class, TYPICAL), greaterThan(2.0));
  }
}
