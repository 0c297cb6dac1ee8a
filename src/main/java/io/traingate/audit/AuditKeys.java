package io.traingate.audit;

import io.traingate.ingest.DeadLetterCode;
import io.traingate.pii.EntityType;
import io.traingate.policy.Decision;

/**
 * Names of the run's counts. Each mirrors its path in {@code audit/summary.json} and is also the
 * name of the Beam metric (namespace {@value #NAMESPACE}) that counts the same thing.
 */
public final class AuditKeys {
  public static final String NAMESPACE = "traingate";

  public static final String CONVERSATIONS_READ = "conversations_read";
  public static final String CONSENT_EVENTS_READ = "consent_events_read";
  public static final String MESSAGES_READ = "messages.read";
  public static final String MESSAGES_WRITTEN = "messages.written";
  public static final String MESSAGES_DROPPED_AFTER_OPT_OUT = "messages.dropped_after_opt_out";
  public static final String MESSAGES_DROPPED_BEYOND_HORIZON = "messages.dropped_beyond_horizon";
  public static final String TRAINING_RECORDS_WRITTEN = "training_records_written";

  static final String DECISIONS = "decisions.";
  static final String CONVERSATION_DEAD_LETTERS = "dead_letters.conversations.";
  static final String CONSENT_DEAD_LETTERS = "dead_letters.consent.";
  static final String PII_REPLACED = "pii_replaced.";

  private AuditKeys() {}

  public static String decision(Decision decision) {
    return DECISIONS + decision.name();
  }

  public static String conversationDeadLetter(DeadLetterCode code) {
    return CONVERSATION_DEAD_LETTERS + code.name();
  }

  public static String consentDeadLetter(DeadLetterCode code) {
    return CONSENT_DEAD_LETTERS + code.name();
  }

  public static String piiReplaced(EntityType type) {
    return PII_REPLACED + type.name();
  }
}
