package io.traingate.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.traingate.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's {@code generate} command end to end (GeneratedInputGateIT runs the gate over its output). */
class GenerateCommandTest {
  @TempDir static Path root;
  private static Path generated;
  private static CliRun firstRun;

  @BeforeAll
  static void generateOnce() {
    generated = root.resolve("seed-7");
    firstRun = generate(generated, 7);
  }

  private static CliRun generate(Path output, long seed) {
    return generate(output, seed, 2);
  }

  private static CliRun generate(Path output, long seed, int shards) {
    return CliRun.of(
        "generate", "--conversations=1000", "--users=200", "--output=" + output, "--seed=" + seed, "--gzip", "--numShards=" + shards);
  }

  @Test
  void writesShardsAndTheConsentSnapshotTimeAndSaysHowToRunTheGate() throws IOException {
    assertThat(firstRun.err(), firstRun.status(), equalTo(0));
    assertThat(fileNames(generated), containsInAnyOrder(
        "CONSENT_AS_OF",
        "conversations-00000-of-00002.jsonl.gz",
        "conversations-00001-of-00002.jsonl.gz",
        "consent-00000-of-00002.jsonl.gz",
        "consent-00001-of-00002.jsonl.gz"));
    assertThat(Files.readString(generated.resolve("CONSENT_AS_OF")).trim(), equalTo("2026-06-01T00:00:00Z"));
    assertThat(firstRun.out(), containsString("conversations: 1000 lines in 2 files"));
    assertThat(firstRun.out(), containsString("--consentAsOf=2026-06-01T00:00:00Z"));
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherOnes() throws IOException {
    Path again = root.resolve("seed-7-again");
    Path other = root.resolve("seed-8");
    assertThat(generate(again, 7).status(), equalTo(0));
    assertThat(generate(other, 8).status(), equalTo(0));
    for (String name : fileNames(generated)) {
      byte[] first = Files.readAllBytes(generated.resolve(name));
      assertThat(name, Files.readAllBytes(again.resolve(name)), equalTo(first));
      if (!name.equals("CONSENT_AS_OF")) {
        assertThat(name, Files.readAllBytes(other.resolve(name)), not(equalTo(first)));
      }
    }
  }

  @Test
  void aRerunWithFewerShardsLeavesNoStaleShardBehind() throws IOException {
    Path output = root.resolve("rerun");
    assertThat(generate(output, 7, 3).status(), equalTo(0));
    CliRun rerun = CliRun.of("generate", "--conversations=10", "--users=5", "--output=" + output, "--seed=7");
    assertThat(rerun.err(), rerun.status(), equalTo(0));
    assertThat(rerun.out(), containsString("Replacing 7 files"));
    assertThat(fileNames(output), containsInAnyOrder("CONSENT_AS_OF", "conversations-00000-of-00001.jsonl", "consent-00000-of-00001.jsonl"));
  }

  @Test
  void badOptionsAreRefusedBeforeAnyWorkWithEveryProblemListed() {
    CliRun run = CliRun.of("generate", "--conversations=many", "--users=0", "--output=" + root.resolve("never"), "--seed=1", "--consentShare=1.5");
    assertThat(run.status(), equalTo(2));
    assertThat(run.err(), containsString("--conversations must be a number"));
    assertThat(run.err(), containsString("--users must be at least 1"));
    assertThat(run.err(), containsString("--consentShare must be a share between 0 and 1"));
    assertThat(Files.exists(root.resolve("never")), is(false));
    assertThat(CliRun.of("generate", "--users=5").status(), equalTo(2));
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }
}
