package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled jar carries Dataflow: its shading kept the service registrations of the Dataflow
 * runner, its options and the GCS file system, and it writes the Dataflow job spec offline.
 */
class DataflowBundledJarIT {
  private static final Path JAR = Path.of(System.getProperty("traingate.bundledJar", "target/traingate-bundled.jar")).toAbsolutePath();

  @TempDir Path dir;

  @Test
  void theShadedJarRegistersTheDataflowRunnerItsOptionsAndTheGcsFileSystem() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(
          service(jar, "org.apache.beam.sdk.runners.PipelineRunnerRegistrar"),
          containsString("org.apache.beam.runners.dataflow.DataflowPipelineRegistrar$Runner"));
      assertThat(
          service(jar, "org.apache.beam.sdk.options.PipelineOptionsRegistrar"),
          containsString("org.apache.beam.runners.dataflow.DataflowPipelineRegistrar$Options"));
      assertThat(
          service(jar, "org.apache.beam.sdk.io.FileSystemRegistrar"),
          containsString("org.apache.beam.sdk.extensions.gcp.storage.GcsFileSystemRegistrar"));
    }
  }

  @Test
  void gsPathsResolveThroughTheJarsGcsFileSystem() throws Exception {
    Result probe =
        java(List.of("-cp", JAR + File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(), GcsPathProbe.class.getName()));
    assertThat(probe.err, probe.status, is(0));
    assertThat(probe.out, containsString("gs org.apache.beam.sdk.extensions.gcp.storage.GcsResourceId gs://traingate-probe/train/"));
  }

  @Test
  void theJarWritesTheDataflowJobSpecOffline() throws Exception {
    Path key = dir.resolve("pseudonym.key");
    String canary = "tg-canary-" + Long.toHexString(System.nanoTime()) + "-bundled-jar-it";
    Files.writeString(key, canary);
    Path spec = dir.resolve("job-spec.json");
    List<String> args = new ArrayList<>(List.of("-jar", JAR.toString()));
    args.addAll(
        List.of(
            "--runner=DataflowRunner",
            "--project=traingate-offline",
            "--region=europe-west4",
            "--gcpTempLocation=gs://traingate-offline-tmp/tmp",
            "--stagingLocation=" + dir.resolve("staging"),
            "--templateLocation=" + spec,
            "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
            "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
            "@pipelines/dataflow/workers.args",
            "--conversations=test-data/conversations/*.jsonl*",
            "--consent=test-data/consent/*.jsonl*",
            "--consentAsOf=2026-06-01T00:00:00Z",
            "--output=" + dir.resolve("output"),
            "--pseudonymKeyFile=" + key));
    long started = System.nanoTime();
    Result run = java(args);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    assertThat(run.err, run.status, is(0));
    assertThat(run.out, containsString("wrote the Dataflow job spec to " + spec));
    JsonNode job = new ObjectMapper().readTree(spec.toFile());
    assertThat(job.get("type").asText(), is("JOB_TYPE_BATCH"));
    assertThat(job.at("/environment/workerPools/0/workerHarnessContainerImage").asText(), containsString("beam-java17-batch"));
    assertThat(job.at("/environment/workerPools/0/machineType").asText(), is("n2-standard-4"));
    assertThat(Files.readString(spec), not(containsString(canary)));
    assertThat(run.out + run.err, not(containsString(canary)));
    System.out.println("bundled jar wrote the Dataflow job spec in " + seconds + " s");
  }

  private static String service(JarFile jar, String type) throws IOException {
    var entry = jar.getEntry("META-INF/services/" + type);
    assertThat("META-INF/services/" + type + " in the jar", entry != null, is(true));
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private record Result(int status, String out, String err) {}

  private Result java(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java did not finish within 5 minutes: " + Files.readString(err));
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
