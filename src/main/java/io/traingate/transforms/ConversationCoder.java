package io.traingate.transforms;

import static io.traingate.transforms.Encodings.INSTANT;
import static io.traingate.transforms.Encodings.NULLABLE_STRING;
import static io.traingate.transforms.Encodings.STRING;

import io.traingate.policy.Conversation;
import io.traingate.policy.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A compact, deterministic encoding of {@link Conversation}, the element the gate shuffles
 * (duplicates, the grouped consent join). Java serialization of the same records was several
 * times larger and slower.
 */
public final class ConversationCoder extends AtomicCoder<Conversation> {
  private static final ConversationCoder INSTANCE = new ConversationCoder();

  private ConversationCoder() {}

  public static ConversationCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Conversation c, OutputStream out) throws IOException {
    STRING.encode(c.conversationId(), out);
    STRING.encode(c.userId(), out);
    NULLABLE_STRING.encode(c.workspaceId(), out);
    STRING.encode(c.product(), out);
    STRING.encode(c.plan(), out);
    Encodings.writeBoolean(c.temporary(), out);
    INSTANT.encode(c.createdAt(), out);
    Encodings.writeList(c.messages(), MessageCoder.of(), out);
    STRING.encode(c.recordDigest(), out);
  }

  @Override
  public Conversation decode(InputStream in) throws IOException {
    String conversationId = STRING.decode(in);
    String userId = STRING.decode(in);
    String workspaceId = NULLABLE_STRING.decode(in);
    String product = STRING.decode(in);
    String plan = STRING.decode(in);
    boolean temporary = Encodings.readBoolean(in);
    Instant createdAt = INSTANT.decode(in);
    List<Message> messages = Encodings.readList(MessageCoder.of(), in);
    return new Conversation(conversationId, userId, workspaceId, product, plan, temporary, createdAt, messages, STRING.decode(in));
  }
}
