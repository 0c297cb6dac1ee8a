package io.traingate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.traingate.policy.Conversation;
import io.traingate.policy.Message;
import io.traingate.policy.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads one conversation line of the data contract. */
public final class ConversationParser implements RecordParser<Conversation> {
  private static final long serialVersionUID = 1L;

  @Override
  public ParseOutcome<Conversation> parse(String json, byte[] rawBytes) {
    JsonFields record;
    try {
      record = JsonFields.parseObject(json);
    } catch (RecordRejectedException e) {
      return ParseOutcome.rejected(e.toRejection());
    }
    String conversationId = record.requiredId("conversation_id");
    String userId = record.requiredId("user_id");
    String workspaceId = record.optionalString("workspace_id");
    String product = record.requiredString("product");
    String plan = record.requiredString("plan");
    boolean temporary = record.optionalBoolean("temporary", false);
    Instant createdAt = record.requiredTimestamp("created_at");
    JsonNode messageNodes = record.requiredArray("messages");
    List<Message> messages = new ArrayList<>(messageNodes == null ? 0 : messageNodes.size());
    for (int i = 0; messageNodes != null && i < messageNodes.size(); i++) {
      JsonFields message = record.object("messages[" + i + "]", messageNodes.get(i));
      if (message != null) {
        messages.add(
            new Message(
                message.optionalString("id"),
                message.requiredEnum("role", Role.class),
                message.requiredString("content"),
                message.optionalTimestamp("created_at")));
      }
    }
    if (record.problem() != null) {
      return ParseOutcome.rejected(record.problem().attributedTo(conversationId, userId));
    }
    return ParseOutcome.parsed(
        new Conversation(
            conversationId, userId, workspaceId, product, plan, temporary, createdAt, messages, RecordDigest.of(rawBytes)));
  }
}
