package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentTimelineCoderTest {
  private static final Instant T = Instant.parse("2026-03-10T00:00:00Z");
  private static final ConsentTimeline TYPICAL =
      ConsentTimeline.of(
          List.of(event(ConsentAction.OPT_OUT, T), event(ConsentAction.OPT_IN, T.plusSeconds(86_400)), event(ConsentAction.OPT_OUT, T.plusSeconds(172_800))),
          false);

  @Test
  void decodesWhatItEncodes() throws Exception {
    List<ConsentEvent> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      many.add(event(i % 3 == 0 ? ConsentAction.OPT_OUT : ConsentAction.OPT_IN, T.plusSeconds(i)));
    }
    CoderChecks.roundTrips(
        ConsentTimelineCoder.of(),
        TYPICAL,
        ConsentTimeline.empty(),
        ConsentTimeline.of(List.of(event(ConsentAction.DELETE, T)), true),
        // an opt-out and an opt-in at one instant: the decoded timeline must keep the opt-out last
        ConsentTimeline.of(List.of(event(ConsentAction.OPT_OUT, T), event(ConsentAction.OPT_IN, T), event(ConsentAction.DELETE, Instant.MAX)), false),
        ConsentTimeline.of(many, true));
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(ConsentTimelineCoder.of(), ConsentTimeline.class, TYPICAL), greaterThan(4.0));
  }

  private static ConsentEvent event(ConsentAction action, Instant at) {
    return new ConsentEvent("u-0004821", action, at, "privacy_portal");
  }
}
