package io.traingate.transforms;

import io.traingate.audit.AuditKeys;
import io.traingate.audit.DecisionRecord;
import io.traingate.ingest.DeadLetter;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.Conversation;

/** What each of the pipeline's collections adds to the audit counts. */
public final class AuditCountings {
  private AuditCountings() {}

  public static AuditCount<Conversation> conversationsRead() {
    return AuditCount.of(
        (conversation, tally) -> {
          tally.add(AuditKeys.CONVERSATIONS_READ, 1);
          tally.add(AuditKeys.MESSAGES_READ, conversation.messages().size());
        });
  }

  public static AuditCount<DeadLetter> conversationDeadLetters() {
    return AuditCount.of(
        (deadLetter, tally) -> {
          tally.add(AuditKeys.CONVERSATIONS_READ, 1);
          tally.add(AuditKeys.conversationDeadLetter(deadLetter.code()), 1);
        });
  }

  public static AuditCount<ConsentEvent> consentEventsRead() {
    return AuditCount.of((event, tally) -> tally.add(AuditKeys.CONSENT_EVENTS_READ, 1));
  }

  public static AuditCount<DeadLetter> consentDeadLetters() {
    return AuditCount.of(
        (deadLetter, tally) -> {
          tally.add(AuditKeys.CONSENT_EVENTS_READ, 1);
          tally.add(AuditKeys.consentDeadLetter(deadLetter.code()), 1);
        });
  }

  public static AuditCount<DecisionRecord> decisions() {
    return AuditCount.of((record, tally) -> tally.add(AuditKeys.decision(record.decision()), 1));
  }

  public static AuditCount<Decided> droppedMessages() {
    return AuditCount.of(
        (decided, tally) -> {
          tally.add(AuditKeys.MESSAGES_DROPPED_AFTER_OPT_OUT, decided.verdict().droppedAfterOptOut());
          tally.add(AuditKeys.MESSAGES_DROPPED_BEYOND_HORIZON, decided.verdict().droppedBeyondHorizon());
        });
  }

  public static AuditCount<Redacted> trainingRecords() {
    return AuditCount.of(
        (redacted, tally) -> {
          tally.add(AuditKeys.TRAINING_RECORDS_WRITTEN, 1);
          tally.add(AuditKeys.MESSAGES_WRITTEN, redacted.record().messages().size());
          redacted.piiReplaced().forEach((type, count) -> tally.add(AuditKeys.piiReplaced(type), count));
        });
  }
}
