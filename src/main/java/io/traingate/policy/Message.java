package io.traingate.policy;

import java.io.Serializable;
import java.time.Instant;

/**
 * One message of a conversation.
 *
 * @param id optional message id, may be null
 * @param createdAt the message's own time, or null when it has none (the conversation's applies)
 */
public record Message(String id, Role role, String content, Instant createdAt) implements Serializable {

  /** The message's time for the policy: its own, else the conversation's (policy.md). */
  public Instant timeIn(Conversation conversation) {
    return createdAt != null ? createdAt : conversation.createdAt();
  }

  public boolean isBlank() {
    return content.isBlank();
  }

  public Message withContent(String newContent) {
    return new Message(id, role, newContent, createdAt);
  }
}
