package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.pii.EntityType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

class RedactedCoderTest {
  private static final Redacted TYPICAL = new Redacted(TrainingRecordCoderTest.TYPICAL, Map.of(EntityType.PERSON, 1));

  @Test
  void decodesWhatItEncodes() throws Exception {
    Map<EntityType, Integer> every = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      every.put(type, Integer.MAX_VALUE - type.ordinal());
    }
    CoderChecks.roundTrips(RedactedCoder.of(), TYPICAL, new Redacted(TrainingRecordCoderTest.TYPICAL, Map.of()), new Redacted(TrainingRecordCoderTest.TYPICAL, every));
  }

  @Test
  void equalCountsEncodeAlikeWhateverOrderTheyWereAddedIn() throws Exception {
    Map<EntityType, Integer> emailFirst = new LinkedHashMap<>();
    emailFirst.put(EntityType.EMAIL, 2);
    emailFirst.put(EntityType.STREET_ADDRESS, 1);
    Map<EntityType, Integer> addressFirst = new LinkedHashMap<>();
    addressFirst.put(EntityType.STREET_ADDRESS, 1);
    addressFirst.put(EntityType.EMAIL, 2);
    CoderProperties.coderDeterministic(
        RedactedCoder.of(), new Redacted(TrainingRecordCoderTest.TYPICAL, emailFirst), new Redacted(TrainingRecordCoderTest.TYPICAL, addressFirst));
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(RedactedCoder.of(), Redacted.class, TYPICAL), greaterThan(3.0));
  }
}
