package io.traingate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.pii.EntityType;
import io.traingate.policy.Decision;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** The run's counts as {@code audit/summary.json} (data-contract.md), and back. */
public final class AuditSummary {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Long> counts;
  private final String policyFingerprint;

  public AuditSummary(Map<String, Long> counts, String policyFingerprint) {
    this.counts = new TreeMap<>(counts);
    this.policyFingerprint = policyFingerprint;
  }

  public long get(String key) {
    return counts.getOrDefault(key, 0L);
  }

  public long decisions(Decision decision) {
    return get(AuditKeys.decision(decision));
  }

  public long totalDecisions() {
    long total = 0;
    for (Decision decision : Decision.values()) {
      total += decisions(decision);
    }
    return total;
  }

  /** Every input conversation line was decided exactly once. */
  public boolean isBalanced() {
    return get(AuditKeys.CONVERSATIONS_READ) == totalDecisions();
  }

  public String policyFingerprint() {
    return policyFingerprint;
  }

  /** Counts under a prefix such as {@code pii_replaced.}, keyed by the rest of the name. */
  public Map<String, Long> withPrefix(String prefix) {
    Map<String, Long> found = new TreeMap<>();
    counts.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            found.put(key.substring(prefix.length()), value);
          }
        });
    return found;
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("conversations_read", get(AuditKeys.CONVERSATIONS_READ));
    ObjectNode decisions = root.putObject("decisions");
    for (Decision decision : Decision.values()) {
      decisions.put(decision.name(), decisions(decision));
    }
    ObjectNode deadLetters = root.putObject("dead_letters");
    putCodes(deadLetters.putObject("conversations"), AuditKeys.CONVERSATION_DEAD_LETTERS);
    putCodes(deadLetters.putObject("consent"), AuditKeys.CONSENT_DEAD_LETTERS);
    root.put("consent_events_read", get(AuditKeys.CONSENT_EVENTS_READ));
    ObjectNode messages = root.putObject("messages");
    messages.put("read", get(AuditKeys.MESSAGES_READ));
    messages.put("written", get(AuditKeys.MESSAGES_WRITTEN));
    messages.put("dropped_after_opt_out", get(AuditKeys.MESSAGES_DROPPED_AFTER_OPT_OUT));
    messages.put("dropped_beyond_horizon", get(AuditKeys.MESSAGES_DROPPED_BEYOND_HORIZON));
    ObjectNode pii = root.putObject("pii_replaced");
    for (EntityType type : EntityType.values()) {
      pii.put(type.name(), get(AuditKeys.piiReplaced(type)));
    }
    root.put("training_records_written", get(AuditKeys.TRAINING_RECORDS_WRITTEN));
    root.put("balanced", isBalanced());
    root.put("policy_fingerprint", policyFingerprint);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the summary", e);
    }
  }

  private void putCodes(ObjectNode node, String prefix) {
    for (DeadLetterCode code : DeadLetterCode.values()) {
      node.put(code.name(), get(prefix + code.name()));
    }
  }

  /** Reads a summary written by {@link #toJson()}. */
  public static AuditSummary fromJson(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a summary: " + e.getOriginalMessage());
    }
    Map<String, Long> counts = new TreeMap<>();
    flatten("", root, counts);
    return new AuditSummary(counts, root.path("policy_fingerprint").asText());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Long> counts) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = prefix + field.getKey();
      if (field.getValue().isObject()) {
        flatten(key + ".", field.getValue(), counts);
      } else if (field.getValue().isIntegralNumber()) {
        counts.put(key, field.getValue().longValue());
      }
    }
  }
}
