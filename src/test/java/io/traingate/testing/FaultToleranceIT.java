package io.traingate.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker failures change nothing: with half of the deciding and redacting bundles failing on
 * their first attempt, Flink's retries give exactly the DirectRunner's outputs; without retries
 * the job fails and no training shard becomes visible.
 */
class FaultToleranceIT {
  private static final String[] SAMPLE = {
    "--conversations=" + Path.of("test-data/conversations").toAbsolutePath() + "/*",
    "--consent=" + Path.of("test-data/consent").toAbsolutePath() + "/*",
    "--consentAsOf=2026-06-01T00:00:00Z",
    "--numShards=2"
  };

  @TempDir static Path workdir;
  private static RunOutputs withoutFaults;

  @BeforeAll
  static void runWithoutFaults() throws Exception {
    withoutFaults = run("direct", "--runner=DirectRunner").outputs;
  }

  @Test
  void retriedFailuresLoseAndDuplicateNothing() throws Exception {
    Run faulty = run("flink-faults", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--faultFraction=0.5");

    assertThat(faulty.result.err(), containsString("injected fault"));
    assertThat(faulty.outputs.summary(), is(withoutFaults.summary()));
    assertThat(faulty.outputs.decisions(), is(withoutFaults.decisions()));
    assertThat(faulty.outputs.trainingRecords(), is(withoutFaults.trainingRecords()));
  }

  @Test
  void aFailedJobLeavesNoTrainingShardVisible() throws Exception {
    Path noRetries = Files.createDirectories(workdir.resolve("no-retries"));
    Files.writeString(noRetries.resolve("flink-conf.yaml"), "restart-strategy.type: none\n");
    Path output = workdir.resolve("out-failed");

    BundledJar.Result result =
        BundledJar.run(
            workdir,
            concat(
                SAMPLE,
                "--output=" + output,
                "--runner=FlinkRunner",
                "--flinkMaster=[local]",
                "--parallelism=2",
                "--flinkConfDir=" + noRetries,
                "--faultFraction=0.9"));

    assertThat(result.status(), is(not(0)));
    assertThat(visibleFiles(output.resolve("train")), empty());
    assertThat(Files.exists(output.resolve("_MANIFEST.json")), is(false));
    assertThat(Files.exists(output.resolve("audit/summary.json")), is(false));
  }

  private record Run(BundledJar.Result result, RunOutputs outputs) {}

  private static Run run(String name, String... runnerOptions) throws Exception {
    Path output = workdir.resolve("out-" + name);
    BundledJar.Result result = BundledJar.run(workdir, concat(concat(SAMPLE, "--output=" + output), runnerOptions));
    assertThat(name + ":\n" + result.err(), result.status(), is(0));
    return new Run(result, RunOutputs.read(output));
  }

  private static List<Path> visibleFiles(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
