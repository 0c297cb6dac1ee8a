package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.policy.ConsentInputStatus;
import org.junit.jupiter.api.Test;

class ConsentInputStatusCoderTest {
  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        ConsentInputStatusCoder.of(),
        new ConsentInputStatus(0, 0),
        new ConsentInputStatus(10_430_807, 3),
        new ConsentInputStatus(Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    // one of these per consent record goes into the sum
    assertThat(
        CoderChecks.timesSmallerThanJavaSerialization(ConsentInputStatusCoder.of(), ConsentInputStatus.class, new ConsentInputStatus(1, 0)),
        greaterThan(20.0));
  }
}
