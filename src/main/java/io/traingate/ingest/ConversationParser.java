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
    try {
      return ParseOutcome.parsed(read(record, rawBytes));
    } catch (RecordRejectedException e) {
      return ParseOutcome.rejected(
          e.toRejection().attributedTo(record.idOrNull("conversation_id"), record.idOrNull("user_id")));
    }
  }

  private static Conversation read(JsonFields record, byte[] rawBytes) throws RecordRejectedException {
    String conversationId = record.requiredId("conversation_id");
    String userId = record.requiredId("user_id");
    String workspaceId = record.optionalString("workspace_id");
    String product = record.requiredString("product");
    String plan = record.requiredString("plan");
    boolean temporary = record.optionalBoolean("temporary", false);
    Instant createdAt = record.requiredTimestamp("created_at");
    JsonNode messageNodes = record.requiredArray("messages");
    List<Message> messages = new ArrayList<>(messageNodes.size());
    for (int i = 0; i < messageNodes.size(); i++) {
      messages.add(readMessage(record.object("messages[" + i + "]", messageNodes.get(i))));
    }
    return new Conversation(
        conversationId, userId, workspaceId, product, plan, temporary, createdAt, messages, RecordDigest.of(rawBytes));
  }

  private static Message readMessage(JsonFields message) throws RecordRejectedException {
    Role role = message.requiredEnum("role", Role.class);
    String content = message.requiredString("content");
    Instant createdAt = message.optionalTimestamp("created_at");
    String id = message.optionalString("id");
    return new Message(id, role, content, createdAt);
  }
}
