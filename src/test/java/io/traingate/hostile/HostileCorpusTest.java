package io.traingate.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.traingate.testing.JsonLinesFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run over the whole hostile corpus (test-data/hostile/ plus a 20 MB line written here): every
 * line gets the dead-letter code or decision of the oracle, the run does not fail on any record,
 * the summary balances, and nothing the run prints or logs holds content, a stack trace or an id.
 */
class HostileCorpusTest {
  @TempDir static Path work;
  private static HostileRun run;
  private static Path output;
  private static byte[] key;
  private static JsonNode summary;
  private static List<JsonNode> decisions;
  private static String training;
  private static List<JsonNode> trainingRecords;

  @BeforeAll
  static void runOverTheCorpus() throws IOException {
    Path conversations = HostileCorpus.stageConversations(work);
    key = ("hostile-corpus-key-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    Path keyFile = Files.write(work.resolve("pseudonym.key"), key);
    output = work.resolve("out");
    run =
        HostileRun.of(
            "--conversations=" + conversations + "/*",
            "--consent=" + HostileCorpus.ROOT.resolve("consent") + "/*",
            "--consentAsOf=" + HostileCorpus.CONSENT_AS_OF,
            "--pseudonymKeyFile=" + keyFile,
            "--output=" + output);
    summary = JsonLinesFiles.JSON.readTree(output.resolve("audit/summary.json").toFile());
    decisions = JsonLinesFiles.read(output.resolve("audit"), "decisions-");
    training = JsonLinesFiles.text(output.resolve("train"), "train-");
    trainingRecords = JsonLinesFiles.read(output.resolve("train"), "train-");
  }

  @Test
  void theRunSucceedsAndItsSummaryBalances() {
    assertThat(run.err(), run.status(), is(0));
    assertThat(summary.get("balanced").asBoolean(), is(true));
    long sum = 0;
    for (JsonNode count : summary.get("decisions")) {
      sum += count.asLong();
    }
    assertThat(summary.get("conversations_read").asLong(), is(sum));
    assertThat(summary.get("conversations_read").asLong(), is((long) decisions.size()));
  }

  @Test
  void everyLineOutsideTheTruncatedFileGetsTheOraclesDecision() throws IOException {
    List<String> expected = new ArrayList<>();
    for (JsonNode line : HostileCorpus.oracle()) {
      expected.add(HostileCorpus.key(line, line.get("source").asText()));
    }
    expected.add("huge-before ELIGIBLE");
    expected.add(HostileCorpus.HUGE_FILE + ":2 DEAD_LETTER TOO_LARGE");
    expected.add("huge-after ELIGIBLE");
    List<String> actual = new ArrayList<>();
    for (JsonNode decision : nonTruncated()) {
      String source = decision.has("source") ? HostileCorpus.fileName(decision.get("source").asText()) : null;
      actual.add(HostileCorpus.key(decision, source));
    }
    assertThat(actual, containsInAnyOrder(expected.toArray()));
  }

  @Test
  void theTruncatedGzipKeepsAPrefixOfItsLinesAndOneDeadLetterForTheRest() {
    List<String> kept = new ArrayList<>();
    List<String> deadLetters = new ArrayList<>();
    for (JsonNode decision : truncated()) {
      if (decision.get("decision").asText().equals("DEAD_LETTER")) {
        deadLetters.add(HostileCorpus.fileName(decision.get("source").asText()) + " " + decision.get("code").asText());
      } else {
        assertThat(decision.toString(), decision.get("decision").asText(), is("ELIGIBLE"));
        kept.add(decision.get("conversation_id").asText());
      }
    }
    assertThat(deadLetters, equalTo(List.of(HostileCorpus.TRUNCATED_FILE + " MALFORMED_JSON")));
    // the lines before the break: a prefix, never a line at or after the cut; the cut is ~20 KiB in,
    // so at least the lines of the first few KiB must have been read
    kept.sort(String::compareTo);
    assertThat(kept.size(), allOf(greaterThanOrEqualTo(10), lessThan(HostileCorpus.TRUNCATED_AT_LINE)));
    for (int i = 0; i < kept.size(); i++) {
      assertThat(kept.get(i), is(String.format("trunc-%02d", i + 1)));
    }
  }

  @Test
  void theSummaryCountsEveryDeadLetterCode() throws IOException {
    Map<String, Long> expected = new TreeMap<>();
    for (JsonNode line : HostileCorpus.oracle()) {
      if (line.has("code")) {
        expected.merge(line.get("code").asText(), 1L, Long::sum);
      }
    }
    expected.merge("MALFORMED_JSON", 1L, Long::sum); // the truncated file's rest
    expected.merge("TOO_LARGE", 1L, Long::sum); // the 20 MB line
    Map<String, Long> actual = new TreeMap<>();
    summary.get("dead_letters").get("conversations").fields()
        .forEachRemaining(e -> {
          if (e.getValue().asLong() > 0) {
            actual.put(e.getKey(), e.getValue().asLong());
          }
        });
    assertThat(actual, equalTo(expected));
    assertThat(summary.get("decisions").get("DEAD_LETTER").asLong(), is(expected.values().stream().mapToLong(Long::longValue).sum()));
  }

  @Test
  void deadLettersKeepTheirBytesButNeverTooLargeOnesAndTheirDetailsNoContent() throws IOException {
    List<JsonNode> deadLetters = JsonLinesFiles.read(output.resolve("deadletter"), "conversations-");
    assertThat(deadLetters.size(), is(summary.get("decisions").get("DEAD_LETTER").asInt()));
    for (JsonNode deadLetter : deadLetters) {
      String source = HostileCorpus.fileName(deadLetter.get("source").asText());
      String detail = deadLetter.get("detail").asText();
      assertThat(source, HostileCorpus.markers(detail), is(empty()));
      assertThat(source, detail, not(containsString("example.net")));
      if (source.startsWith("01-invalid-utf8.jsonl:")) {
        assertThat(source, deadLetter.has("raw_base64") && !deadLetter.has("raw"), is(true));
      }
      if (deadLetter.get("code").asText().equals("TOO_LARGE")) {
        assertThat(source, deadLetter.has("raw") || deadLetter.has("raw_base64"), is(false));
        assertThat(detail, containsString("bytes exceeds the limit"));
      }
    }
  }

  @Test
  void trainingHoldsExactlyTheEligibleLinesContentUnderHmacIds() throws Exception {
    Set<String> expectedMarkers = new HashSet<>();
    Set<String> expectedIds = new HashSet<>();
    for (JsonNode decision : decisions) {
      if (decision.get("decision").asText().equals("ELIGIBLE")) {
        expectedIds.add(hmacHex(decision.get("conversation_id").asText()));
      }
    }
    for (JsonNode line : HostileCorpus.oracle()) {
      if (line.get("decision").asText().equals("ELIGIBLE")) {
        expectedMarkers.add(HostileCorpus.markerOf(line.get("source").asText()));
      }
    }
    for (JsonNode decision : truncated()) {
      if (decision.get("decision").asText().equals("ELIGIBLE")) {
        expectedMarkers.add("HOSTILE-11-" + Integer.parseInt(decision.get("conversation_id").asText().substring(6)));
      }
    }
    expectedMarkers.add("HOSTILE-20-1");
    expectedMarkers.add("HOSTILE-20-3");
    assertThat(new HashSet<>(HostileCorpus.markers(training)), equalTo(expectedMarkers));
    List<String> ids = trainingRecords.stream().map(r -> r.get("id").asText()).toList();
    assertThat(ids, containsInAnyOrder(expectedIds.toArray()));
    for (String value : HostileCorpus.plantedValues()) {
      assertThat(training, not(containsString(value)));
    }
    for (String userId : List.of("h-ok", "h-out", "h-del")) {
      assertThat(training, not(containsString(userId)));
    }
  }

  @Test
  void nothingPrintedOrLoggedHoldsContentAnIdAKeyOrAStackTrace() throws IOException {
    String everything = run.everything();
    assertThat(HostileCorpus.markers(everything), is(empty()));
    assertThat(everything, not(containsString("HOSTILE")));
    for (String value : HostileCorpus.plantedValues()) {
      assertThat(everything, not(containsString(value)));
    }
    for (String userId : List.of("h-ok", "h-out", "h-del")) {
      assertThat(everything, not(containsString(userId)));
    }
    assertThat(everything, not(containsString(new String(key, StandardCharsets.UTF_8))));
    assertThat(everything, not(containsString("\tat ")));
    assertThat(run.stackTraces(), is(0));
  }

  @Test
  void aConversationPatternThatMatchesNothingIsRefusedBeforeTheRun(@TempDir Path empty) {
    Path out = empty.resolve("out");
    HostileRun refused =
        HostileRun.of(
            "--conversations=" + empty + "/nothing-*.jsonl",
            "--consent=" + HostileCorpus.ROOT.resolve("consent") + "/*",
            "--consentAsOf=" + HostileCorpus.CONSENT_AS_OF,
            "--output=" + out);
    assertThat(refused.status(), is(2));
    assertThat(refused.err(), containsString("--conversations: no file matches"));
    assertThat(refused.err(), not(containsString("\tat ")));
    assertThat(Files.exists(out.resolve("audit/summary.json")), is(false));
  }

  @Test
  void aConsentPatternThatMatchesNothingIsRefusedBeforeTheRun(@TempDir Path empty) {
    Path out = empty.resolve("out");
    HostileRun refused =
        HostileRun.of(
            "--conversations=" + HostileCorpus.ROOT.resolve("conversations") + "/00-*",
            "--consent=" + empty + "/nothing-*.jsonl",
            "--consentAsOf=" + HostileCorpus.CONSENT_AS_OF,
            "--output=" + out);
    assertThat(refused.status(), is(2));
    assertThat(refused.err(), containsString("--consent: no file matches"));
    assertThat(Files.exists(out.resolve("audit/summary.json")), is(false));
  }

  private static boolean isTruncatedFile(JsonNode decision) {
    return (decision.has("source") && decision.get("source").asText().contains(HostileCorpus.TRUNCATED_FILE))
        || (decision.hasNonNull("conversation_id") && decision.get("conversation_id").asText().startsWith("trunc-"));
  }

  private static List<JsonNode> truncated() {
    return decisions.stream().filter(HostileCorpusTest::isTruncatedFile).toList();
  }

  private static List<JsonNode> nonTruncated() {
    return decisions.stream().filter(d -> !isTruncatedFile(d)).toList();
  }

  private static String hmacHex(String value) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }
}
