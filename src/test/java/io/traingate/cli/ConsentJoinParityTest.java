package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.traingate.testing.CliRun;
import io.traingate.testing.RunOutputs;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ways of meeting the consent timelines decide and write exactly the same. */
class ConsentJoinParityTest {
  @TempDir Path dir;

  @Test
  void sideInputAndShuffleGiveIdenticalOutputs() throws IOException {
    RunOutputs sideInput = run("SIDE_INPUT");
    RunOutputs shuffle = run("SHUFFLE");

    assertThat(shuffle.summary(), is(sideInput.summary()));
    assertThat(shuffle.decisions(), is(sideInput.decisions()));
    assertThat(shuffle.trainingRecords(), is(sideInput.trainingRecords()));
    assertThat(sideInput.trainingRecords().isEmpty(), is(false));
  }

  private RunOutputs run(String join) throws IOException {
    Path output = dir.resolve(join);
    CliRun run =
        CliRun.of(
            "--conversations=test-data/conversations/*",
            "--consent=test-data/consent/*",
            "--consentAsOf=2026-06-01T00:00:00Z",
            "--output=" + output,
            "--consentJoin=" + join);
    assertThat(run.err(), run.status(), is(0));
    return RunOutputs.read(output);
  }
}
