package io.traingate.ingest;

import java.io.Serializable;

/**
 * Why one record was refused. The detail names fields and limits, never values from the record.
 *
 * @param conversationId the record's conversation id when it could be read, else null
 * @param userId the record's user id when it could be read, else null (policy.md rule 6 vs 7)
 */
public record Rejection(DeadLetterCode code, String detail, String conversationId, String userId)
    implements Serializable {

  public static Rejection of(DeadLetterCode code, String detail) {
    return new Rejection(code, detail, null, null);
  }

  public Rejection attributedTo(String newConversationId, String newUserId) {
    return new Rejection(code, detail, newConversationId, newUserId);
  }
}
