package io.traingate.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.traingate.testing.JsonLinesFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fail closed on consent (policy.md rules 6 and 7): when the consent input is empty, unreadable,
 * truncated, names nobody, is skewed in time or very long, no conversation that might be opted out
 * reaches training. The broken inputs are in test-data/hostile/consent-cases/ (see its README);
 * the clock-skew and thousands-of-events input is generated here.
 */
class ConsentFailsClosedTest {
  private static final Path CASES = HostileCorpus.ROOT.resolve("consent-cases");
  private static final String AS_OF = "2026-06-01T00:00:00Z";
  private static final byte[] KEY = "consent-fails-closed-test-key-0123456789".getBytes(StandardCharsets.UTF_8);

  @TempDir Path work;

  /** With the sound consent input: the decisions the broken inputs must not fall back to. */
  @Test
  void theSoundConsentInputExcludesTheLateOptOutOnly() throws IOException {
    Map<String, String> decided = run("sound", false);
    assertThat(
        decided,
        equalTo(
            Map.of(
                "cc-a-1", "ELIGIBLE",
                "cc-b-1", "ELIGIBLE",
                "cc-late-1", "EXCLUDED_OPTED_OUT",
                "cc-late-2", "ELIGIBLE",
                "cc-biz-1", "EXCLUDED_BUSINESS_TIER",
                "cc-temp-1", "EXCLUDED_TEMPORARY_CHAT")));
  }

  /**
   * Unreadable consent: tests run as root here, so chmod 000 would not stop a read; a truncated
   * gzip (the opt-out of cc-late is in the lost part) and a corrupt one (header, then garbage)
   * stand for it. Empty: a 0-byte file and a file of only a byte-order mark. No user: a record
   * without user_id, with a number, with an empty string.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "empty, false",
    "truncated, false",
    "truncated, true",
    "corrupt, false",
    "no-user-missing, false",
    "no-user-number, false",
    "no-user-empty, true"
  })
  void everyIndividualConversationIsExcludedWhenConsentCannotBeTrusted(String consentCase, boolean allowEmpty) throws IOException {
    Map<String, String> decided = run(consentCase, allowEmpty);
    assertThat(
        decided,
        equalTo(
            Map.of(
                "cc-a-1", "EXCLUDED_CONSENT_UNAVAILABLE",
                "cc-b-1", "EXCLUDED_CONSENT_UNAVAILABLE",
                "cc-late-1", "EXCLUDED_CONSENT_UNAVAILABLE",
                "cc-late-2", "EXCLUDED_CONSENT_UNAVAILABLE",
                "cc-biz-1", "EXCLUDED_BUSINESS_TIER",
                "cc-temp-1", "EXCLUDED_TEMPORARY_CHAT")));
    assertThat(JsonLinesFiles.text(work.resolve("out/train"), "train-"), is(""));
  }

  /**
   * A consent pattern that names a directory holds no event the read sees (FileIO skips
   * directories): it must be refused like a pattern that matches no file, not read as an empty
   * consent input (which --allowEmptyConsent would turn into "nobody opted out").
   */
  @Test
  void aConsentDirectoryIsRefusedBeforeTheRunEvenWhenEmptyConsentIsAllowed() throws IOException {
    Path dir = Files.createDirectories(work.resolve("consent-dir/nested.jsonl"));
    Files.copy(CASES.resolve("sound/consent-00.jsonl"), dir.resolve("consent-00.jsonl"));
    HostileRun refused =
        HostileRun.of(
            "--conversations=" + CASES.resolve("conversations.jsonl"),
            "--consent=" + work.resolve("consent-dir"),
            "--allowEmptyConsent",
            "--consentAsOf=" + AS_OF,
            "--output=" + work.resolve("out"));
    assertThat(refused.out() + refused.err(), refused.status(), is(2));
    assertThat(refused.err(), containsString("--consent: no file matches"));
    assertThat(Files.exists(work.resolve("out/audit/summary.json")), is(false));
  }

  /**
   * Clock skew (events stamped after --consentAsOf, far in the future, in epoch seconds, with a
   * +14:00 offset, on a leap second) and one user with thousands of events (alternating hourly,
   * shuffled, with exact duplicates and same-instant ties), checked against a reference timeline.
   */
  @Test
  void skewedAndThousandsOfEventsAreDecidedByTheTimeline() throws Exception {
    List<String> consent = new ArrayList<>();
    List<String> conversations = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>();
    Map<String, Integer> expectedMessages = new TreeMap<>();

    consent.add(event("sk-future-out", "opt_out", "\"2026-06-05T00:00:00Z\""));
    conversations.add(conversation("sk-fo-before", "sk-future-out", "2026-05-20T10:00:00Z", "2026-06-07T10:00:00Z"));
    expected.put("sk-fo-before", "ELIGIBLE");
    expectedMessages.put("sk-fo-before", 1); // the second message is beyond the horizon
    conversations.add(conversation("sk-fo-after", "sk-future-out", "2026-06-06T10:00:00Z", "2026-06-06T10:01:00Z"));
    expected.put("sk-fo-after", "EXCLUDED_BEYOND_CONSENT_HORIZON");
    consent.add(event("sk-future-del", "delete", "\"2027-01-01T00:00:00Z\""));
    conversations.add(conversation("sk-fd-1", "sk-future-del", "2026-03-01T10:00:00Z", "2026-03-01T10:01:00Z"));
    expected.put("sk-fd-1", "EXCLUDED_USER_DELETED");
    consent.add(event("sk-far", "opt_out", "\"9999-01-01T00:00:00Z\""));
    conversations.add(conversation("sk-far-1", "sk-far", "2026-03-01T10:00:00Z", "2026-03-01T10:01:00Z"));
    expected.put("sk-far-1", "EXCLUDED_CONSENT_UNAVAILABLE");
    consent.add(event("sk-epoch-seconds", "opt_out", "1769904000"));
    conversations.add(conversation("sk-es-1", "sk-epoch-seconds", "2026-03-01T10:00:00Z", "2026-03-01T10:01:00Z"));
    expected.put("sk-es-1", "EXCLUDED_CONSENT_UNAVAILABLE");
    consent.add(event("sk-offset", "opt_out", "\"2026-05-01T00:00:00+14:00\"")); // 2026-04-30T10:00Z
    conversations.add(conversation("sk-off-after", "sk-offset", "2026-04-30T12:00:00Z", "2026-04-30T12:01:00Z"));
    expected.put("sk-off-after", "EXCLUDED_OPTED_OUT");
    conversations.add(conversation("sk-off-before", "sk-offset", "2026-04-30T09:00:00Z", "2026-04-30T11:00:00Z"));
    expected.put("sk-off-before", "ELIGIBLE");
    expectedMessages.put("sk-off-before", 1);
    consent.add(event("sk-leap", "opt_out", "\"2016-12-31T23:59:60Z\"")); // reads as 23:59:59
    conversations.add(conversation("sk-leap-1", "sk-leap", "2016-12-31T23:59:59Z", "2017-01-01T00:00:30Z"));
    expected.put("sk-leap-1", "EXCLUDED_OPTED_OUT");

    // one user, 4,000 events an hour apart (opt_out on even hours), 40 same-instant opt_in/opt_out
    // ties, 1,000 exact duplicates, all shuffled
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    List<Instant> optOuts = new ArrayList<>();
    List<Instant> optIns = new ArrayList<>();
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      Instant at = base.plus(Duration.ofHours(i));
      boolean out = i % 2 == 0;
      (out ? optOuts : optIns).add(at);
      many.add(event("u-many", out ? "opt_out" : "opt_in", "\"" + at + "\""));
      if (!out && i % 100 == 1) {
        optOuts.add(at); // a tie at an opt-in's instant: opt_out wins
        many.add(event("u-many", "opt_out", "\"" + at + "\""));
      }
    }
    Random random = new Random(11);
    for (int i = 0; i < 1000; i++) {
      many.add(many.get(random.nextInt(4000)));
    }
    Collections.shuffle(many, random);
    consent.addAll(many);
    Instant asOf = Instant.parse(AS_OF);
    for (int k = 0; k < 60; k++) {
      long hour = (k * 97L) % 3990;
      Instant created = base.plus(Duration.ofHours(hour)).plusSeconds(k % 3 == 0 ? 0 : 1800);
      Instant second = created.plusSeconds(k % 4 == 1 ? 1800 : 5400);
      String id = "many-" + k;
      conversations.add(conversation(id, "u-many", created.toString(), second.toString()));
      if (optedOut(created, optOuts, optIns) || created.isAfter(asOf)) {
        expected.put(id, created.isAfter(asOf) ? "EXCLUDED_BEYOND_CONSENT_HORIZON" : "EXCLUDED_OPTED_OUT");
      } else {
        expected.put(id, "ELIGIBLE");
        Instant firstOptOutAfter = optOuts.stream().filter(t -> t.isAfter(created)).min(Instant::compareTo).orElse(Instant.MAX);
        expectedMessages.put(id, !second.isBefore(firstOptOutAfter) || second.isAfter(asOf) ? 1 : 2);
      }
    }
    assertThat("the reference has both outcomes", expected.containsValue("EXCLUDED_OPTED_OUT") && expectedMessages.containsValue(2) && expectedMessages.containsValue(1), is(true));

    Path consentDir = Files.createDirectories(work.resolve("consent"));
    Files.write(consentDir.resolve("consent-00.jsonl"), consent);
    Path conversationDir = Files.createDirectories(work.resolve("conversations"));
    Files.write(conversationDir.resolve("conversations-00.jsonl"), conversations);
    Path keyFile = Files.write(work.resolve("key"), KEY);
    HostileRun run =
        HostileRun.of(
            "--conversations=" + conversationDir + "/*",
            "--consent=" + consentDir + "/*",
            "--consentAsOf=" + AS_OF,
            "--pseudonymKeyFile=" + keyFile,
            "--output=" + work.resolve("out"));
    assertThat(run.err(), run.status(), is(0));
    assertThat(decisions(), equalTo(expected));
    Map<String, Integer> written = new TreeMap<>();
    Map<String, String> byHmac = new TreeMap<>();
    expected.keySet().forEach(id -> byHmac.put(hmacHex(id), id));
    String trainingText = JsonLinesFiles.text(work.resolve("out/train"), "train-");
    for (JsonNode record : JsonLinesFiles.read(work.resolve("out/train"), "train-")) {
      written.put(byHmac.get(record.get("id").asText()), record.get("messages").size());
    }
    assertThat(written, equalTo(expectedMessages));
    // the second message of a conversation whose messages were cut never reaches a shard
    for (Map.Entry<String, Integer> kept : expectedMessages.entrySet()) {
      if (kept.getValue() == 1) {
        assertThat(trainingText, not(containsString("MSG2-" + kept.getKey() + " ")));
      }
    }
    JsonNode summary = JsonLinesFiles.JSON.readTree(work.resolve("out/audit/summary.json").toFile());
    assertThat(summary.get("balanced").asBoolean(), is(true));
    assertThat(summary.get("dead_letters").get("consent").get("BAD_TIMESTAMP").asLong(), is(2L));
  }

  private static boolean optedOut(Instant t, List<Instant> optOuts, List<Instant> optIns) {
    Instant lastOut = optOuts.stream().filter(e -> !e.isAfter(t)).max(Instant::compareTo).orElse(null);
    Instant lastIn = optIns.stream().filter(e -> !e.isAfter(t)).max(Instant::compareTo).orElse(null);
    if (lastOut == null) {
      return false;
    }
    return lastIn == null || !lastOut.isBefore(lastIn); // same instant: opt_out wins
  }

  private static String event(String user, String event, String effectiveAtJson) {
    return "{\"user_id\": \"" + user + "\", \"event\": \"" + event + "\", \"effective_at\": " + effectiveAtJson + "}";
  }

  private static String conversation(String id, String user, String created, String second) {
    return "{\"conversation_id\": \"" + id + "\", \"user_id\": \"" + user + "\", \"product\": \"chatgpt\", \"plan\": \"free\","
        + " \"created_at\": \"" + created + "\", \"messages\": ["
        + "{\"role\": \"user\", \"created_at\": \"" + created + "\", \"content\": \"MSG1-" + id + " hello\"},"
        + "{\"role\": \"assistant\", \"created_at\": \"" + second + "\", \"content\": \"MSG2-" + id + " later\"}]}";
  }

  private Map<String, String> run(String consentCase, boolean allowEmpty) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--conversations=" + CASES.resolve("conversations.jsonl"),
                "--consent=" + CASES.resolve(consentCase) + "/*",
                "--consentAsOf=" + AS_OF,
                "--output=" + work.resolve("out")));
    if (allowEmpty) {
      args.add("--allowEmptyConsent");
    }
    HostileRun run = HostileRun.of(args.toArray(String[]::new));
    assertThat(run.err(), run.status(), is(0));
    assertThat(HostileCorpus.markers(run.everything()), is(empty()));
    assertThat(run.everything(), not(containsString("HOSTILE-CC")));
    JsonNode summary = JsonLinesFiles.JSON.readTree(work.resolve("out/audit/summary.json").toFile());
    assertThat(summary.get("balanced").asBoolean(), is(true));
    return decisions();
  }

  private Map<String, String> decisions() throws IOException {
    Map<String, String> decided = new TreeMap<>();
    for (JsonNode decision : JsonLinesFiles.read(work.resolve("out/audit"), "decisions-")) {
      decided.put(decision.get("conversation_id").asText(), decision.get("decision").asText());
    }
    return decided;
  }

  private static String hmacHex(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
