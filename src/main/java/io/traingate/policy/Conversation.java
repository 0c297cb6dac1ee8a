package io.traingate.policy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A parsed, valid conversation record.
 *
 * @param workspaceId null when the record has none
 * @param recordDigest a digest of the record's raw bytes, the last duplicate tie-break (policy.md rule 2)
 */
public record Conversation(
    String conversationId,
    String userId,
    String workspaceId,
    String product,
    String plan,
    boolean temporary,
    Instant createdAt,
    List<Message> messages,
    String recordDigest)
    implements Serializable {

  public Conversation {
    messages = List.copyOf(messages);
  }

  /** A non-empty workspace id means the conversation was made in a business workspace. */
  public boolean inWorkspace() {
    return workspaceId != null && !workspaceId.isEmpty();
  }

  /** The time of its latest message, or its own creation time when it has none. */
  public Instant lastMessageTime() {
    Instant last = createdAt;
    for (Message message : messages) {
      Instant time = message.timeIn(this);
      if (time.isAfter(last)) {
        last = time;
      }
    }
    return last;
  }
}
