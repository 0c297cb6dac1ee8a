package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.EDGE_INSTANTS;
import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.Message;
import io.traingate.policy.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageCoderTest {
  private static final Message TYPICAL =
      new Message("m-17", Role.ASSISTANT, "Sure — here is a short summary of the article you sent.", Instant.parse("2026-03-01T10:00:05Z"));

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(MessageCoder.of(), TYPICAL, new Message(null, Role.USER, "", null));
    for (Role role : Role.values()) {
      CoderChecks.roundTrips(MessageCoder.of(), new Message(UNICODE, role, UNICODE.repeat(1_000), Instant.parse("2026-03-01T10:00:05.5Z")));
    }
    for (Instant edge : EDGE_INSTANTS) {
      CoderChecks.roundTrips(MessageCoder.of(), new Message("m", Role.TOOL, "x", edge));
    }
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(MessageCoder.of(), Message.class, TYPICAL), greaterThan(3.0));
  }
}
