package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import io.traingate.policy.Message;
import io.traingate.policy.Role;
import io.traingate.policy.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecidedCoderTest {
  private static final Message FIRST = new Message("m1", Role.USER, "Can you proofread my cover letter?", Instant.parse("2026-03-01T10:00:00Z"));
  private static final Message LATER = new Message("m2", Role.ASSISTANT, "Of course. Paste it here.", Instant.parse("2026-03-20T10:00:00Z"));
  private static final Conversation CONVERSATION =
      new Conversation("c-0001234", "u-0004821", null, "chatgpt", "plus", false, Instant.parse("2026-03-01T10:00:00Z"), List.of(FIRST, LATER), "9f2c41d07a3b5e88");
  private static final Decided TYPICAL = new Decided(CONVERSATION, new Verdict(Decision.ELIGIBLE, List.of(FIRST), 1, 0));

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        DecidedCoder.of(),
        TYPICAL,
        new Decided(CONVERSATION, Verdict.excluded(Decision.EXCLUDED_BUSINESS_TIER)),
        new Decided(CONVERSATION, new Verdict(Decision.EXCLUDED_EMPTY, List.of(), Integer.MAX_VALUE, Integer.MAX_VALUE)));
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(DecidedCoder.of(), Decided.class, TYPICAL), greaterThan(4.0));
  }
}
