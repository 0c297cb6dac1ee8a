package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.EDGE_INSTANTS;
import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentEventCoderTest {
  private static final ConsentEvent TYPICAL =
      new ConsentEvent("u-0004821", ConsentAction.OPT_OUT, Instant.parse("2026-03-10T08:15:00Z"), "privacy_portal");

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(ConsentEventCoder.of(), TYPICAL);
    for (ConsentAction action : ConsentAction.values()) {
      CoderChecks.roundTrips(ConsentEventCoder.of(), new ConsentEvent(UNICODE, action, Instant.parse("2026-03-10T08:15:00.123456789Z"), null));
    }
    for (Instant edge : EDGE_INSTANTS) {
      CoderChecks.roundTrips(ConsentEventCoder.of(), new ConsentEvent("u", ConsentAction.OPT_IN, edge, ""));
    }
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(ConsentEventCoder.of(), ConsentEvent.class, TYPICAL), greaterThan(5.0));
  }
}
