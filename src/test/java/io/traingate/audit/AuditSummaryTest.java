package io.traingate.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.pii.EntityType;
import io.traingate.policy.Decision;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditSummaryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FINGERPRINT = "sha256:" + "ab".repeat(32);

  private static Map<String, Long> sampleCounts() {
    Map<String, Long> counts = new HashMap<>();
    counts.put(AuditKeys.CONVERSATIONS_READ, 20L);
    counts.put(AuditKeys.decision(Decision.ELIGIBLE), 9L);
    counts.put(AuditKeys.decision(Decision.EXCLUDED_OPTED_OUT), 4L);
    counts.put(AuditKeys.decision(Decision.SUPERSEDED_DUPLICATE), 2L);
    counts.put(AuditKeys.decision(Decision.DEAD_LETTER), 5L);
    counts.put(AuditKeys.conversationDeadLetter(DeadLetterCode.MALFORMED_JSON), 3L);
    counts.put(AuditKeys.conversationDeadLetter(DeadLetterCode.TOO_LARGE), 2L);
    counts.put(AuditKeys.consentDeadLetter(DeadLetterCode.BAD_TIMESTAMP), 1L);
    counts.put(AuditKeys.CONSENT_EVENTS_READ, 77L);
    counts.put(AuditKeys.MESSAGES_READ, 100L);
    counts.put(AuditKeys.MESSAGES_WRITTEN, 60L);
    counts.put(AuditKeys.MESSAGES_DROPPED_AFTER_OPT_OUT, 7L);
    counts.put(AuditKeys.MESSAGES_DROPPED_BEYOND_HORIZON, 3L);
    counts.put(AuditKeys.piiReplaced(EntityType.EMAIL), 11L);
    counts.put(AuditKeys.piiReplaced(EntityType.STREET_ADDRESS), 1L);
    counts.put(AuditKeys.TRAINING_RECORDS_WRITTEN, 9L);
    return counts;
  }

  @Test
  void jsonRoundTripKeepsEveryCountAndTheFingerprint() {
    AuditSummary original = new AuditSummary(sampleCounts(), FINGERPRINT);
    AuditSummary back = AuditSummary.fromJson(original.toJson());
    sampleCounts().forEach((key, value) -> assertThat(key, back.get(key), is(value)));
    assertThat(back.policyFingerprint(), is(FINGERPRINT));
    assertThat(back.toJson(), is(original.toJson()));
  }

  @Test
  void jsonHasTheContractLayout() throws Exception {
    JsonNode root = JSON.readTree(new AuditSummary(sampleCounts(), FINGERPRINT).toJson());
    assertThat(root.path("conversations_read").asLong(), is(20L));
    assertThat(root.path("decisions").path("EXCLUDED_OPTED_OUT").asLong(), is(4L));
    assertThat(root.path("dead_letters").path("conversations").path("MALFORMED_JSON").asLong(), is(3L));
    assertThat(root.path("dead_letters").path("consent").path("BAD_TIMESTAMP").asLong(), is(1L));
    assertThat(root.path("consent_events_read").asLong(), is(77L));
    assertThat(root.path("messages").path("read").asLong(), is(100L));
    assertThat(root.path("messages").path("written").asLong(), is(60L));
    assertThat(root.path("messages").path("dropped_after_opt_out").asLong(), is(7L));
    assertThat(root.path("messages").path("dropped_beyond_horizon").asLong(), is(3L));
    assertThat(root.path("pii_replaced").path("EMAIL").asLong(), is(11L));
    assertThat(root.path("training_records_written").asLong(), is(9L));
    assertThat(root.path("policy_fingerprint").asText(), is(FINGERPRINT));
  }

  @Test
  void allElevenDecisionKeysArePresentEvenWhenZero() throws Exception {
    JsonNode decisions = JSON.readTree(new AuditSummary(Map.of(), FINGERPRINT).toJson()).path("decisions");
    String[] contract = {"ELIGIBLE", "SUPERSEDED_DUPLICATE", "EXCLUDED_BUSINESS_TIER", "EXCLUDED_UNKNOWN_TIER",
        "EXCLUDED_TEMPORARY_CHAT", "EXCLUDED_CONSENT_UNAVAILABLE", "EXCLUDED_USER_DELETED", "EXCLUDED_BEYOND_CONSENT_HORIZON",
        "EXCLUDED_OPTED_OUT", "EXCLUDED_EMPTY", "DEAD_LETTER"};
    assertThat(decisions.size(), is(11));
    for (String key : contract) {
      assertThat(key, decisions.has(key), is(true));
      assertThat(key, decisions.path(key).isIntegralNumber(), is(true));
      assertThat(key, decisions.path(key).asLong(), is(0L));
    }
  }

  @Test
  void balancedWhenEveryReadConversationHasOneDecision() throws Exception {
    AuditSummary summary = new AuditSummary(sampleCounts(), FINGERPRINT);
    assertThat(summary.totalDecisions(), is(20L));
    assertThat(summary.isBalanced(), is(true));
    assertThat(JSON.readTree(summary.toJson()).path("balanced").asBoolean(false), is(true));
  }

  @Test
  void unbalancedWhenADecisionIsMissing() throws Exception {
    Map<String, Long> counts = sampleCounts();
    counts.put(AuditKeys.decision(Decision.ELIGIBLE), 8L);
    AuditSummary summary = new AuditSummary(counts, FINGERPRINT);
    assertThat(summary.isBalanced(), is(false));
    JsonNode balanced = JSON.readTree(summary.toJson()).path("balanced");
    assertThat(balanced.isBoolean(), is(true));
    assertThat(balanced.asBoolean(true), is(false));
  }

  @Test
  void unbalancedWhenThereAreMoreDecisionsThanConversations() {
    Map<String, Long> counts = sampleCounts();
    counts.put(AuditKeys.decision(Decision.EXCLUDED_EMPTY), 1L);
    assertThat(new AuditSummary(counts, FINGERPRINT).isBalanced(), is(false));
  }

  @Test
  void balanceIsRecomputedFromCountsNotTrustedFromTheFile() {
    String json = new AuditSummary(sampleCounts(), FINGERPRINT).toJson().replace("\"conversations_read\" : 20", "\"conversations_read\" : 21");
    assertThat(json.contains("\"conversations_read\" : 21"), is(true));
    assertThat(AuditSummary.fromJson(json).isBalanced(), is(false));
  }

  @Test
  void emptyRunIsBalanced() {
    assertThat(new AuditSummary(Map.of(), FINGERPRINT).isBalanced(), is(true));
  }

  @Test
  void countsUnderAPrefixAreListedByTheirRest() {
    AuditSummary back = AuditSummary.fromJson(new AuditSummary(sampleCounts(), FINGERPRINT).toJson());
    Map<String, Long> pii = back.withPrefix("pii_replaced.");
    assertThat(pii.size(), is(EntityType.values().length));
    assertThat(pii.get("EMAIL"), is(11L));
    assertThat(pii.get("PHONE"), is(0L));
  }

  @Test
  void notJsonIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AuditSummary.fromJson("{nope"));
  }
}
