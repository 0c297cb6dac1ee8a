package io.traingate.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate over generated input, in process: an integration test (mvn verify), so that the unit
 * tests stay quick.
 */
class GeneratedInputGateIT {
  @TempDir Path root;

  @Test
  void theGateReadsWhatWasGeneratedAndDecidesEveryLine() throws IOException {
    Path input = root.resolve("for-the-gate");
    CliRun generate =
        CliRun.of("generate", "--conversations=200", "--users=50", "--output=" + input, "--seed=3", "--badRecordShare=0.03");
    assertThat(generate.err(), generate.status(), equalTo(0));
    Path output = root.resolve("gate");
    CliRun gate =
        CliRun.of(
            "--conversations=" + input + "/conversations-*",
            "--consent=" + input + "/consent-*",
            "--consentAsOf=" + Files.readString(input.resolve("CONSENT_AS_OF")).trim(),
            "--output=" + output);
    assertThat(gate.err(), gate.status(), equalTo(0));
    JsonNode summary = new ObjectMapper().readTree(output.resolve("audit/summary.json").toFile());
    assertThat(summary.get("balanced").asBoolean(), is(true));
    assertThat(summary.get("conversations_read").asLong(), equalTo(200L));
    for (String decision : List.of("ELIGIBLE", "EXCLUDED_BUSINESS_TIER", "DEAD_LETTER")) {
      assertThat(decision, summary.get("decisions").get(decision).asLong(), greaterThan(0L));
    }
    assertThat(summary.get("consent_events_read").asLong(), greaterThan(0L));
  }

}
