package io.traingate.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same jar, the same generated input: the embedded Flink cluster and a real Flink session
 * cluster must write exactly what the DirectRunner writes (training records as a set, every
 * decision, every count of the summary).
 */
class FlinkParityIT {
  private static final int CONVERSATIONS = 2500;

  @RegisterExtension static final FlinkSessionCluster FLINK = FlinkSessionCluster.onFreePorts();

  @TempDir static Path workdir;
  private static String consentAsOf;
  private static RunOutputs direct;

  @BeforeAll
  static void generateInputAndRunTheDirectRunner() throws Exception {
    BundledJar.Result generated =
        BundledJar.run(
            workdir, "generate", "--conversations=" + CONVERSATIONS, "--users=400", "--seed=42", "--gzip", "--output=" + workdir.resolve("input"));
    assertThat(generated.err(), generated.status(), is(0));
    consentAsOf = Files.readString(workdir.resolve("input/CONSENT_AS_OF")).trim();
    direct = runJob("direct", "--runner=DirectRunner");
    assertThat(direct.trainingRecords().size(), greaterThan(CONVERSATIONS / 10));
  }

  @Test
  void theEmbeddedFlinkClusterWritesWhatTheDirectRunnerWrites() throws Exception {
    assertSameOutputs(runJob("flink-local", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
  }

  @Test
  void aFlinkSessionClusterWritesWhatTheDirectRunnerWrites() throws Exception {
    // grouped consent join here, so the two ways of meeting consent are also compared at this size
    assertSameOutputs(
        runJob("flink-session", "--runner=FlinkRunner", "--flinkMaster=" + FLINK.restAddress(), "--parallelism=2", "--consentJoin=SHUFFLE"));
  }

  private static void assertSameOutputs(RunOutputs flink) {
    assertThat(flink.summary(), is(direct.summary()));
    assertThat(flink.decisions(), is(direct.decisions()));
    assertThat(flink.trainingRecords(), is(direct.trainingRecords()));
  }

  private static RunOutputs runJob(String name, String... runnerOptions) throws IOException, InterruptedException {
    Path output = workdir.resolve("out-" + name);
    String[] args = new String[runnerOptions.length + 5];
    args[0] = "--conversations=" + workdir.resolve("input") + "/conversations-*";
    args[1] = "--consent=" + workdir.resolve("input") + "/consent-*";
    args[2] = "--consentAsOf=" + consentAsOf;
    args[3] = "--output=" + output;
    args[4] = "--numShards=4";
    System.arraycopy(runnerOptions, 0, args, 5, runnerOptions.length);
    BundledJar.Result result = BundledJar.run(workdir, args);
    assertThat(name + ":\n" + result.err(), result.status(), is(0));
    return RunOutputs.read(output);
  }
}
