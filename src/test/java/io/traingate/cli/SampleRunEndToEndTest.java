package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.testing.CliRun;
import io.traingate.testing.JsonLinesFiles;
import io.traingate.training.PseudonymKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main path over test-data/, checked against the hand-written oracle in test-data/expected/:
 * every decision, the summary's counts, the training shards (no ids, no excluded or dropped
 * content, no planted personal value) and the manifest.
 */
class SampleRunEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXPECTED = Path.of("test-data/expected");

  @TempDir static Path output;
  private static int exitStatus;
  private static String printed;
  private static JsonNode summary;
  private static List<JsonNode> decisions;
  private static List<JsonNode> training;
  private static String trainingText;
  private static SampleInputs inputs;

  @BeforeAll
  static void runTheSampleJob() throws IOException {
    CliRun run =
        CliRun.of(
            "--conversations=test-data/conversations/*",
            "--consent=test-data/consent/*",
            "--consentAsOf=" + Files.readString(Path.of("test-data/CONSENT_AS_OF")).trim(),
            "--output=" + output,
            "--numShards=3");
    exitStatus = run.status();
    printed = run.out();
    summary = JSON.readTree(output.resolve("audit/summary.json").toFile());
    decisions = JsonLinesFiles.read(output.resolve("audit"), "decisions-");
    training = JsonLinesFiles.read(output.resolve("train"), "train-");
    trainingText = JsonLinesFiles.text(output.resolve("train"), "train-");
    inputs = SampleInputs.read(Path.of("test-data/conversations"));
  }

  @Test
  void theRunSucceedsAndPrintsABalancedSummary() {
    assertThat(exitStatus, is(0));
    assertThat(printed, containsString("82 conversations read"));
    assertThat(printed, containsString("Balanced"));
    assertThat(summary.get("balanced").asBoolean(), is(true));
  }

  @Test
  void everyDecisionMatchesTheOracle() throws IOException {
    List<String> expected = DecisionOracle.expected(EXPECTED.resolve("decisions.jsonl"));
    assertThat(DecisionOracle.actual(decisions), containsInAnyOrder(expected.toArray()));
  }

  @Test
  void theSummaryCountsMatchTheOracle() throws IOException {
    JsonNode expected = JSON.readTree(EXPECTED.resolve("summary.json").toFile());
    assertThat(summary.get("conversations_read"), equalTo(expected.get("conversations_read")));
    assertThat(summary.get("consent_events_read"), equalTo(expected.get("consent_events_read")));
    expected.get("decisions").fields().forEachRemaining(e -> assertThat(e.getKey(), summary.get("decisions").get(e.getKey()), equalTo(e.getValue())));
    for (String input : List.of("conversations", "consent")) {
      JsonNode codes = summary.get("dead_letters").get(input);
      for (Iterator<Map.Entry<String, JsonNode>> it = codes.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> code = it.next();
        JsonNode want = expected.get("dead_letters").get(input).get(code.getKey());
        assertThat(input + " " + code.getKey(), code.getValue().asLong(), is(want == null ? 0L : want.asLong()));
      }
    }
    expected.get("messages").fields().forEachRemaining(e -> assertThat(e.getKey(), summary.get("messages").get(e.getKey()), equalTo(e.getValue())));
    assertThat(summary.get("training_records_written").asLong(), is(summary.get("decisions").get("ELIGIBLE").asLong()));
  }

  @Test
  void trainingRecordsAreTheEligibleConversationsUnderTheirHmacIds() throws IOException {
    PseudonymKey key = PseudonymKey.development();
    Set<String> expectedIds = new HashSet<>();
    for (JsonNode line : JsonLinesFiles.readFile(EXPECTED.resolve("decisions.jsonl"))) {
      if (line.get("decision").asText().equals("ELIGIBLE")) {
        expectedIds.add(key.hmacHex(line.get("conversation_id").asText()));
      }
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode record : training) {
      ids.add(record.get("id").asText());
      List<String> fields = new ArrayList<>();
      record.fieldNames().forEachRemaining(fields::add);
      assertThat(fields, containsInAnyOrder("id", "product", "messages"));
      record.get("messages").forEach(m -> {
        List<String> messageFields = new ArrayList<>();
        m.fieldNames().forEachRemaining(messageFields::add);
        assertThat(messageFields, containsInAnyOrder("role", "content"));
      });
    }
    assertThat(ids, containsInAnyOrder(expectedIds.toArray()));
  }

  @Test
  void droppedMessagesAreMissingFromTheirTrainingRecords() throws IOException {
    PseudonymKey key = PseudonymKey.development();
    Map<String, Set<Integer>> dropped = new HashMap<>();
    for (JsonNode line : JsonLinesFiles.readFile(EXPECTED.resolve("dropped-messages.jsonl"))) {
      dropped.computeIfAbsent(line.get("conversation_id").asText(), id -> new HashSet<>()).add(line.get("message_index").asInt());
    }
    Map<String, JsonNode> byId = new HashMap<>();
    training.forEach(record -> byId.put(record.get("id").asText(), record));
    for (Map.Entry<String, Set<Integer>> conversation : dropped.entrySet()) {
      JsonNode input = inputs.recordWithMostMessages(conversation.getKey());
      List<String> keptRoles = new ArrayList<>();
      for (int i = 0; i < input.get("messages").size(); i++) {
        if (!conversation.getValue().contains(i)) {
          keptRoles.add(input.get("messages").get(i).get("role").asText());
        }
      }
      JsonNode record = byId.get(key.hmacHex(conversation.getKey()));
      List<String> writtenRoles = new ArrayList<>();
      record.get("messages").forEach(m -> writtenRoles.add(m.get("role").asText()));
      assertThat(conversation.getKey(), writtenRoles, equalTo(keptRoles));
    }
  }

  @Test
  void noShardHoldsAnIdOrAnyPlantedPersonalValue() throws IOException {
    List<String> leaks = new ArrayList<>();
    for (String id : inputs.identifiers()) {
      if (trainingText.contains("\"" + id + "\"")) {
        leaks.add("id " + id);
      }
    }
    for (String line : Files.readAllLines(EXPECTED.resolve("planted-pii.txt"))) {
      String value = line.substring(line.indexOf('\t') + 1);
      if (!value.isBlank() && trainingText.contains(value)) {
        leaks.add(line.substring(0, line.indexOf('\t')) + " value");
      }
    }
    assertThat(leaks, empty());
  }

  @Test
  void noShardHoldsContentOfAnExcludedConversation() throws IOException {
    Set<String> eligible = new HashSet<>();
    for (JsonNode line : JsonLinesFiles.readFile(EXPECTED.resolve("decisions.jsonl"))) {
      if (line.get("decision").asText().equals("ELIGIBLE")) {
        eligible.add(line.get("conversation_id").asText());
      }
    }
    List<String> found = new ArrayList<>();
    for (JsonNode record : inputs.all()) {
      if (!eligible.contains(record.get("conversation_id").asText())) {
        for (JsonNode message : record.get("messages")) {
          String content = message.path("content").asText("");
          // a long enough prefix identifies the message; short ones ("ok", "thanks") are common text
          if (content.length() >= 24 && trainingText.contains(JSON.writeValueAsString(content).substring(1, 25))) {
            found.add(record.get("conversation_id").asText());
          }
        }
      }
    }
    assertThat(found, empty());
  }

  @Test
  void theManifestDescribesEveryWrittenFileExactly() throws Exception {
    JsonNode manifest = JSON.readTree(output.resolve("_MANIFEST.json").toFile());
    assertThat(manifest.get("policy_fingerprint"), equalTo(summary.get("policy_fingerprint")));
    List<String> listed = new ArrayList<>();
    for (JsonNode file : manifest.get("files")) {
      Path path = output.resolve(file.get("path").asText());
      byte[] bytes = Files.readAllBytes(path);
      listed.add(file.get("path").asText());
      assertThat(file.get("bytes").asLong(), is((long) bytes.length));
      assertThat(file.get("sha256").asText(), is(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))));
    }
    List<String> written;
    try (Stream<Path> files = Files.walk(output)) {
      written =
          files.filter(Files::isRegularFile)
              .map(p -> output.relativize(p).toString())
              .filter(p -> !p.equals("_MANIFEST.json"))
              .toList();
    }
    assertThat(listed, containsInAnyOrder(written.toArray()));
    long trainRecords = 0;
    for (JsonNode file : manifest.get("files")) {
      if (file.get("path").asText().startsWith("train/")) {
        trainRecords += file.get("records").asLong();
      }
    }
    assertThat(trainRecords, is((long) training.size()));
    assertThat(listed.stream().filter(p -> p.startsWith("train/")).toList(), hasSize(3));
    assertThat(manifest.toString(), not(containsString("traingate-development-key")));
  }

  @Test
  void deadLettersCarryCodeSourceAndRawButTheDecisionsNoContent() throws IOException {
    List<JsonNode> deadLetters = JsonLinesFiles.read(output.resolve("deadletter"), "conversations-");
    assertThat(deadLetters, hasSize(summary.get("decisions").get("DEAD_LETTER").asInt()));
    for (JsonNode deadLetter : deadLetters) {
      assertThat(deadLetter.has("code") && deadLetter.has("detail") && deadLetter.has("source"), is(true));
    }
    List<String> decisionFields = new ArrayList<>();
    decisions.forEach(d -> d.fieldNames().forEachRemaining(decisionFields::add));
    assertThat(decisionFields, everyItem(org.hamcrest.Matchers.oneOf("conversation_id", "user_id", "decision", "code", "source")));
  }
}
