package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the Dataflow job offline: the real pipeline, built by the jar's own entry point with
 * {@code --runner=DataflowRunner}, writes its job spec to a local file ({@code --templateLocation})
 * without contacting Google (no-op credentials and path validator, local staging), and the spec is
 * checked: a batch job on the Java 17 image, the gate's steps, the consent side inputs wired into
 * the deciding step, Beam's Dataflow options passed through, and no pseudonym key anywhere.
 */
class DataflowJobSpecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path keyFile;
  private static byte[] key;
  private static int status;
  private static String out;
  private static String logs;
  private static JsonNode spec;
  private static Map<String, JsonNode> stepsByName;

  @BeforeAll
  static void writeTheJobSpecOffline() throws IOException {
    // a key no one could mistake: "tg-canary-" and 32 random bytes in hex
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    key = ("tg-canary-" + HexFormat.of().formatHex(random)).getBytes(StandardCharsets.US_ASCII);
    keyFile = dir.resolve("pseudonym.key");
    Files.write(keyFile, key);

    List<String> args =
        new ArrayList<>(
            List.of(
                "--runner=DataflowRunner",
                "--project=traingate-offline",
                "--region=europe-west4",
                "--gcpTempLocation=gs://traingate-offline-tmp/tmp",
                "--stagingLocation=" + dir.resolve("staging"),
                "--templateLocation=" + dir.resolve("job-spec.json"),
                "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
                "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
                // stage our own classes only: the spec is what is checked, not the 290 dependency jars
                "--filesToStage=target/classes",
                "--serviceAccount=traingate-job@traingate-offline.iam.gserviceaccount.com",
                "--network=traingate-vpc",
                "--subnetwork=regions/europe-west4/subnetworks/traingate-workers",
                "@pipelines/dataflow/workers.args",
                "--conversations=test-data/conversations/*.jsonl*",
                "--consent=test-data/consent/*.jsonl*",
                "--consentAsOf=2026-06-01T00:00:00Z",
                "--output=" + dir.resolve("output"),
                "--pseudonymKeyFile=" + keyFile));

    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    StringBuilder logged = new StringBuilder();
    Handler capture =
        new Handler() {
          private final SimpleFormatter format = new SimpleFormatter();

          @Override
          public void publish(LogRecord record) {
            logged.append(format.format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      status =
          Main.run(
              args.toArray(String[]::new),
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(stdout, true, StandardCharsets.UTF_8),
              new PrintStream(stderr, true, StandardCharsets.UTF_8));
    } finally {
      root.removeHandler(capture);
    }
    out = stdout.toString(StandardCharsets.UTF_8);
    logs = stderr.toString(StandardCharsets.UTF_8) + logged;
    assertThat(logs, status, is(0));
    spec = JSON.readTree(dir.resolve("job-spec.json").toFile());
    stepsByName = new HashMap<>();
    for (JsonNode step : spec.get("steps")) {
      stepsByName.put(step.get("name").asText(), step);
    }
  }

  private static String userName(JsonNode step) {
    return step.path("properties").path("user_name").path("value").asText(step.path("properties").path("user_name").asText());
  }

  @Test
  void theCommandSaysItWroteTheSpecAndStartedNoJob() {
    assertThat(out, containsString("wrote the Dataflow job spec to " + dir.resolve("job-spec.json")));
    assertThat(out, containsString("started no job"));
    assertThat(out, not(containsString("Decisions")));
  }

  @Test
  void aBatchJobOnTheJava17WorkerImage() {
    assertThat(spec.get("type").asText(), is("JOB_TYPE_BATCH"));
    JsonNode pool = spec.at("/environment/workerPools/0");
    assertThat(pool.get("workerHarnessContainerImage").asText(), containsString("/beam-java17-batch:2.70.0"));
    assertThat(pool.at("/sdkHarnessContainerImages/0/containerImage").asText(), containsString("/beam-java17-batch:2.70.0"));
  }

  @Test
  void theGatesMainStepsArePresent() {
    Set<String> topLevel = new HashSet<>();
    stepsByName.values().forEach(step -> topLevel.add(userName(step).split("/")[0]));
    assertThat(
        topLevel,
        hasItems(
            "ReadConversations",
            "ReadConsent",
            "ConsentTimelines",
            "ConsentInputStatus",
            "ResolveDuplicates",
            "DecideEligibility",
            "RedactEligible",
            "WriteTraining",
            "WriteDecisions",
            "WriteConversationDeadLetters",
            "WriteConsentDeadLetters",
            "SummarizeAudit",
            "WriteSummary",
            "WriteManifest"));
  }

  @Test
  void theDecidingStepReadsTheConsentTimelinesAndTheConsentStatusAsSideInputs() {
    JsonNode decide =
        stepsByName.values().stream()
            .filter(step -> userName(step).equals("DecideEligibility/ApplyPolicy"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no DecideEligibility/ApplyPolicy step"));
    assertThat(decide.get("kind").asText(), is("ParallelDo"));
    List<String> sideInputsFrom = new ArrayList<>();
    decide
        .at("/properties/non_parallel_inputs")
        .forEach(reference -> sideInputsFrom.add(userName(stepsByName.get(reference.get("step_name").asText()))));
    assertThat(sideInputsFrom.toString(), sideInputsFrom.size(), is(2));
    assertThat(sideInputsFrom.stream().sorted().toList().toString(), is("[ConsentInputStatus/Sum/CreateDataflowView, ConsentTimelinesAsMap/CreateDataflowView]"));
  }

  @Test
  void beamsOwnDataflowOptionsPassStraightThrough() {
    JsonNode environment = spec.get("environment");
    JsonNode pool = environment.at("/workerPools/0");
    assertThat(environment.get("serviceAccountEmail").asText(), is("traingate-job@traingate-offline.iam.gserviceaccount.com"));
    assertThat(environment.get("tempStoragePrefix").asText(), startsWith("gs://traingate-offline-tmp/tmp"));
    assertThat(pool.get("machineType").asText(), is("n2-standard-4"));
    assertThat(pool.at("/autoscalingSettings/maxNumWorkers").asInt(), is(10));
    assertThat(pool.get("diskSizeGb").asInt(), is(50));
    assertThat(pool.get("network").asText(), is("traingate-vpc"));
    assertThat(pool.get("subnetwork").asText(), is("regions/europe-west4/subnetworks/traingate-workers"));
    assertThat(pool.get("ipConfiguration").asText(), is("WORKER_IP_PRIVATE"));
    JsonNode options = environment.at("/sdkPipelineOptions/options");
    assertThat(options.get("region").asText(), is("europe-west4"));
    assertThat(options.get("consentAsOf").asText(), is("2026-06-01T00:00:00Z"));
  }

  @Test
  void thePseudonymKeyIsNowhereInTheSpecTheStagedFilesOrTheLogs() throws IOException {
    List<byte[]> keyForms =
        List.of(
            key,
            SecretScan.utf8(HexFormat.of().formatHex(key)),
            SecretScan.utf8(Base64.getEncoder().encodeToString(key)),
            // the random part alone, should anything have re-encoded the prefix
            java.util.Arrays.copyOfRange(key, "tg-canary-".length(), key.length));
    byte[] specBytes = Files.readAllBytes(dir.resolve("job-spec.json"));
    List<Path> staged;
    try (Stream<Path> files = Files.list(dir.resolve("staging"))) {
      staged = files.toList();
    }
    assertThat("a pipeline proto and our classes are staged", staged.size() >= 2, is(true));

    // control: the scan does see inside the serialized DoFns, where the key file's path is held
    List<byte[]> keyPath = List.of(SecretScan.utf8(keyFile.toString()));
    JsonNode redactFn =
        stepsByName.values().stream()
            .filter(step -> userName(step).equals("RedactEligible/RedactMessages"))
            .findFirst()
            .orElseThrow()
            .at("/properties/serialized_fn/value");
    assertThat(
        "the scan decompresses RedactFn's Java serialization and finds the key path in it",
        SecretScan.inJavaSerialization(SecretScan.utf8(redactFn.asText()), keyPath.get(0)),
        is(true));
    Path pipelineProto = staged.stream().filter(p -> p.getFileName().toString().startsWith("pipeline-")).findFirst().orElseThrow();
    assertThat(
        "the scan finds the key path in the Java serialization inside the staged pipeline",
        SecretScan.inJavaSerialization(Files.readAllBytes(pipelineProto), keyPath.get(0)),
        is(true));

    assertThat("key in the job spec", SecretScan.containsAny(specBytes, keyForms), is(false));
    for (JsonNode step : spec.get("steps")) {
      JsonNode fn = step.at("/properties/serialized_fn/value");
      if (!fn.isMissingNode()) {
        assertThat("key in the DoFn of " + userName(step), SecretScan.containsAny(SecretScan.utf8(fn.asText()), keyForms), is(false));
      }
    }
    for (Path file : staged) {
      assertThat("key in staged " + file.getFileName(), SecretScan.containsAny(Files.readAllBytes(file), keyForms), is(false));
    }
    assertThat("key in the output or logs", SecretScan.containsAny(SecretScan.utf8(out + logs), keyForms), is(false));
    // the options carry the key's path, as the manifest does: a path is not a secret
    assertThat(spec.at("/environment/sdkPipelineOptions/options/pseudonymKeyFile").asText(), is(keyFile.toString()));
  }
}
