package io.traingate.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.traingate.testing.BundledJar;
import io.traingate.testing.JsonLinesFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leak tests with the bundled jar, every java.util.logging level at ALL (Beam logs through
 * slf4j-jdk14): over test-data/ and over the hostile corpus, no planted personal value, no content
 * of an excluded conversation, no user or conversation id and no byte of the pseudonym key (as
 * text, hex or base64) appears where it must not: training shards, stdout and stderr (every log
 * line, every exception), the manifest, the summary (whose keys are the metric names).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeakIT {
  private static final long TIMEOUT_MINUTES = 15;

  @TempDir static Path work;
  private byte[] key;
  private Run sample;
  private Run hostile;

  /** One run of the jar: what it printed and where it wrote. */
  record Run(int status, String out, String err, Path output, LeakScan.Inputs inputs) {
    String printed() {
      return out + "\n" + err;
    }
  }

  @BeforeAll
  void runTheJarTwiceWithEveryLogLevel() throws Exception {
    assertThat("the bundled jar, built by `mvn package`: " + BundledJar.path(), Files.isRegularFile(BundledJar.path()), is(true));
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    key = ("LEAKCANARY" + HexFormat.of().formatHex(random)).getBytes(StandardCharsets.US_ASCII);
    Path keyFile = Files.write(work.resolve("pseudonym.key"), key);
    Path logging =
        Files.writeString(
            work.resolve("logging-all.properties"),
            String.join(
                "\n",
                "handlers=java.util.logging.ConsoleHandler",
                ".level=ALL",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
                ""));
    Path repository = Path.of("").toAbsolutePath();
    sample =
        run(
            logging,
            repository.resolve("test-data/conversations"),
            repository.resolve("test-data/consent"),
            Files.readString(repository.resolve("test-data/CONSENT_AS_OF")).trim(),
            keyFile,
            work.resolve("out-sample"));
    Path staged = HostileCorpus.stageConversations(work.resolve("hostile"));
    hostile =
        run(logging, staged, repository.resolve(HostileCorpus.ROOT.resolve("consent")), HostileCorpus.CONSENT_AS_OF, keyFile, work.resolve("out-hostile"));
  }

  private Run run(Path logging, Path conversations, Path consent, String asOf, Path keyFile, Path output) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Djava.util.logging.config.file=" + logging,
                "-jar",
                BundledJar.path().toString(),
                "--conversations=" + conversations + "/*",
                "--consent=" + consent + "/*",
                "--consentAsOf=" + asOf,
                "--pseudonymKeyFile=" + keyFile,
                "--output=" + output));
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        output,
        LeakScan.read(conversations));
  }

  @Test
  void bothRunsSucceedAndLoggedAtTheFinestLevels() {
    for (Run run : List.of(sample, hostile)) {
      assertThat(run.err(), run.status(), is(0));
      // proof that the logging file took effect: Beam's FINE/DEBUG lines are there
      assertThat(run.err(), containsString("FINE"));
      assertThat(run.printed().length(), greaterThan(10_000));
    }
  }

  @Test
  void theKeyIsNowhereInAnyOutputOrPrintedLine() throws IOException {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      Map<String, String> texts = LeakScan.outputTexts(run.output());
      texts.put("stdout", run.out());
      texts.put("stderr", run.err());
      for (Map.Entry<String, String> form : LeakScan.keyForms(key).entrySet()) {
        texts.forEach((where, text) -> {
          if (text.contains(form.getValue())) {
            found.add(form.getKey() + " in " + run.output().getFileName() + "/" + where);
          }
        });
      }
    }
    assertThat(found, empty());
  }

  @Test
  void noIdAppearsInShardsPrintedLinesTheManifestOrTheSummary() throws IOException {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      Map<String, String> texts = Map.of(
          "train", JsonLinesFiles.text(run.output().resolve("train"), "train-"),
          "printed", run.printed(),
          "manifest", Files.readString(run.output().resolve("_MANIFEST.json")),
          "summary", Files.readString(run.output().resolve("audit/summary.json")));
      Set<String> ids = new HashSet<>(run.inputs().userIds());
      ids.addAll(run.inputs().conversationIds());
      for (String id : ids) {
        texts.forEach((where, text) -> {
          if (LeakScan.containsId(text, id)) {
            found.add("id " + id + " in " + run.output().getFileName() + " " + where);
          }
        });
      }
    }
    assertThat(found, empty());
  }

  @Test
  void noContentIsPrintedOrLogged() {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      for (Map.Entry<String, List<String>> conversation : run.inputs().contents().entrySet()) {
        for (String content : conversation.getValue()) {
          String probe = LeakScan.contentProbe(content);
          if (probe != null && run.printed().contains(probe)) {
            found.add("content of " + conversation.getKey() + " printed in " + run.output().getFileName());
          }
        }
      }
      if (!HostileCorpus.markers(run.printed()).isEmpty()) {
        found.add("hostile markers " + HostileCorpus.markers(run.printed()));
      }
    }
    assertThat(found, empty());
  }

  @Test
  void noPlantedPersonalValueIsPrintedOrLogged() throws IOException {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      for (String line : planted()) {
        if (run.printed().contains(line.substring(line.indexOf('\t') + 1))) {
          found.add(line.replace('\t', ' ') + " printed by " + run.output().getFileName());
        }
      }
    }
    assertThat(found, empty());
  }

  @Test
  void noPlantedEmailPhoneCardSsnOrIpIsInAShard() throws IOException {
    assertThat(plantedInShards(false), empty());
  }

  /**
   * PERSON and STREET_ADDRESS detection is being completed by another developer: until it lands
   * this fails, and it stays as it is (names and streets must not reach training).
   */
  @Test
  void noPlantedPersonNameOrStreetAddressIsInAShard() throws IOException {
    assertThat(plantedInShards(true), empty());
  }

  private List<String> plantedInShards(boolean namesAndAddresses) throws IOException {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      String training = JsonLinesFiles.text(run.output().resolve("train"), "train-");
      for (String line : planted()) {
        String type = line.substring(0, line.indexOf('\t'));
        if ((type.equals("PERSON") || type.equals("STREET_ADDRESS")) != namesAndAddresses) {
          continue;
        }
        if (training.contains(line.substring(line.indexOf('\t') + 1))) {
          found.add(line.replace('\t', ' ') + " in the shards of " + run.output().getFileName());
        }
      }
    }
    return found;
  }

  private static List<String> planted() throws IOException {
    List<String> planted = new ArrayList<>(Files.readAllLines(Path.of("test-data/expected/planted-pii.txt")));
    planted.addAll(Files.readAllLines(HostileCorpus.ROOT.resolve("expected/planted-pii.txt")));
    return planted.stream().filter(l -> !l.isBlank() && l.indexOf('\t') > 0).toList();
  }

  @Test
  void noShardHoldsContentOfAConversationThatIsNotEligible() throws IOException {
    List<String> found = new ArrayList<>();
    for (Run run : List.of(sample, hostile)) {
      Set<String> eligible = new HashSet<>();
      for (JsonNode decision : JsonLinesFiles.read(run.output().resolve("audit"), "decisions-")) {
        if (decision.get("decision").asText().equals("ELIGIBLE")) {
          eligible.add(decision.get("conversation_id").asText());
        }
      }
      String training = JsonLinesFiles.text(run.output().resolve("train"), "train-");
      for (Map.Entry<String, List<String>> conversation : run.inputs().contents().entrySet()) {
        if (eligible.contains(conversation.getKey())) {
          continue;
        }
        for (String content : conversation.getValue()) {
          String probe = LeakScan.contentProbe(content);
          if (probe != null
              && (training.contains(probe) || training.contains(JsonLinesFiles.JSON.writeValueAsString(probe).replaceAll("^\"|\"$", "")))) {
            found.add(conversation.getKey() + " in the shards of " + run.output().getFileName());
          }
        }
      }
    }
    assertThat(found, empty());
  }

  @Test
  void trainingIdsAreHmacsUnderTheGivenKeyNotTheDevelopmentKey() throws Exception {
    for (Run run : List.of(sample, hostile)) {
      Set<String> expected = new HashSet<>();
      Set<String> underDevelopmentKey = new HashSet<>();
      for (JsonNode decision : JsonLinesFiles.read(run.output().resolve("audit"), "decisions-")) {
        if (decision.get("decision").asText().equals("ELIGIBLE")) {
          expected.add(hmacHex(key, decision.get("conversation_id").asText()));
          underDevelopmentKey.add(
              hmacHex("traingate-development-key-not-for-production".getBytes(StandardCharsets.UTF_8), decision.get("conversation_id").asText()));
        }
      }
      Set<String> ids = new HashSet<>();
      JsonLinesFiles.read(run.output().resolve("train"), "train-").forEach(r -> ids.add(r.get("id").asText()));
      assertThat(ids.isEmpty(), is(false));
      assertThat(ids, is(expected));
      Set<String> common = new HashSet<>(ids);
      common.retainAll(underDevelopmentKey);
      assertThat(common, empty());
    }
  }

  @Test
  void theManifestNamesTheKeyFileOnly() throws IOException {
    for (Run run : List.of(sample, hostile)) {
      JsonNode manifest = JsonLinesFiles.JSON.readTree(run.output().resolve("_MANIFEST.json").toFile());
      assertThat(manifest.get("options").get("pseudonymKey").asText(), containsString("key file "));
      assertThat(manifest.toString(), not(containsString("LEAKCANARY")));
    }
  }

  static String hmacHex(byte[] key, String value) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }
}
