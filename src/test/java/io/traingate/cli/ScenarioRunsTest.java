package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.testing.CliRun;
import io.traingate.testing.JsonLinesFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fail-closed consent scenarios of test-data/scenarios/, each against its oracle. */
class ScenarioRunsTest {
  @TempDir Path output;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "consent-unattributable, '', decisions.jsonl",
    "consent-empty, '', decisions.jsonl",
    "consent-empty, --allowEmptyConsent, decisions-allow-empty.jsonl"
  })
  void decisionsMatchTheScenarioOracle(String scenario, String extraOption, String oracle) throws IOException {
    Path dir = Path.of("test-data/scenarios", scenario);
    List<String> args = new ArrayList<>(
        List.of(
            "--conversations=" + dir.resolve("conversations") + "/*",
            "--consent=" + dir.resolve("consent") + "/*",
            "--consentAsOf=" + Files.readString(dir.resolve("CONSENT_AS_OF")).trim(),
            "--output=" + output));
    if (!extraOption.isEmpty()) {
      args.add(extraOption);
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.err(), run.status(), is(0));
    List<JsonNode> decisions = JsonLinesFiles.read(output.resolve("audit"), "decisions-");
    assertThat(DecisionOracle.actual(decisions), containsInAnyOrder(DecisionOracle.expected(dir.resolve("expected").resolve(oracle)).toArray()));
    JsonNode summary = new ObjectMapper().readTree(output.resolve("audit/summary.json").toFile());
    assertThat(summary.get("balanced").asBoolean(), is(true));
  }
}
