package io.traingate.transforms;

import static io.traingate.transforms.CoderChecks.UNICODE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.traingate.audit.ManifestFile;
import org.junit.jupiter.api.Test;

class ManifestFileCoderTest {
  private static final ManifestFile TYPICAL =
      new ManifestFile("train/train-00003-of-00008.jsonl.gz", 2_417, 1_048_576, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderChecks.roundTrips(
        ManifestFileCoder.of(), TYPICAL, new ManifestFile("", 0, 0, ""), new ManifestFile(UNICODE, Long.MAX_VALUE, Long.MAX_VALUE, UNICODE));
  }

  @Test
  void isSmallerThanJavaSerialization() throws Exception {
    // path and digest dominate
    assertThat(CoderChecks.timesSmallerThanJavaSerialization(ManifestFileCoder.of(), ManifestFile.class, TYPICAL), greaterThan(2.0));
  }
}
