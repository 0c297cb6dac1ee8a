package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.traingate.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad or missing options stop the run with a clear message before any work starts. */
class OptionsValidationTest {
  @TempDir Path dir;

  private String[] validExcept(String option, String value) {
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("--conversations", "test-data/conversations/*");
    options.put("--consent", "test-data/consent/*");
    options.put("--consentAsOf", "2026-06-01T00:00:00Z");
    options.put("--output", dir.resolve("out").toString());
    if (value == null) {
      options.remove(option);
    } else {
      options.put(option, value);
    }
    return options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  @Test
  void aMissingRequiredOptionIsNamed() {
    CliRun run = CliRun.of(validExcept("--consentAsOf", null));
    assertThat(run.status(), is(2));
    assertThat(run.err(), allOf(containsString("consentAsOf"), containsString("--help")));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }

  @Test
  void aConsentHorizonWithoutOffsetIsRefused() {
    CliRun run = CliRun.of(validExcept("--consentAsOf", "2026-06-01T00:00:00"));
    assertThat(run.status(), is(2));
    assertThat(run.err(), containsString("--consentAsOf must be an ISO-8601 instant"));
  }

  @Test
  void aPatternThatMatchesNothingIsRefusedBeforeTheRun() {
    CliRun run = CliRun.of(validExcept("--consent", dir.resolve("nothing-here/*.jsonl").toString()));
    assertThat(run.status(), is(2));
    assertThat(run.err(), containsString("--consent: no file matches"));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }

  @Test
  void everyProblemIsReportedAtOnce() throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"tiers\": []}");
    String[] args = validExcept("--policy", policy.toString());
    String[] withBadShards = java.util.Arrays.copyOf(args, args.length + 1);
    withBadShards[args.length] = "--numShards=-1";
    CliRun run = CliRun.of(withBadShards);
    assertThat(run.status(), is(2));
    assertThat(run.err(), allOf(containsString("--policy: policy file: 'tiers'"), containsString("--numShards")));
  }

  @Test
  void aShortPseudonymKeyIsRefused() throws IOException {
    Path key = dir.resolve("key");
    Files.writeString(key, "short");
    CliRun run = CliRun.of(validExcept("--pseudonymKeyFile", key.toString()));
    assertThat(run.status(), is(2));
    assertThat(run.err(), containsString("at least 16 bytes"));
    assertThat(run.err().contains("short"), is(false));
  }

  @Test
  void anUnknownOptionIsRefused() {
    String[] args = validExcept("--consentAsOf", "2026-06-01T00:00:00Z");
    String[] withUnknown = java.util.Arrays.copyOf(args, args.length + 1);
    withUnknown[args.length] = "--shards=3";
    CliRun run = CliRun.of(withUnknown);
    assertThat(run.status(), is(2));
    assertThat(run.err(), containsString("shards"));
  }

  @Test
  void helpListsTheOptions() {
    CliRun run = CliRun.of("--help");
    assertThat(run.status(), is(0));
    assertThat(run.out(), allOf(containsString("--consentAsOf"), containsString("--pseudonymKeyFile"), containsString("--allowEmptyConsent")));
  }
}
