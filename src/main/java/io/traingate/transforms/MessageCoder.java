package io.traingate.transforms;

import static io.traingate.transforms.Encodings.NULLABLE_INSTANT;
import static io.traingate.transforms.Encodings.NULLABLE_STRING;
import static io.traingate.transforms.Encodings.STRING;

import io.traingate.policy.Message;
import io.traingate.policy.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** One {@link Message}: of a conversation, and of the messages a verdict keeps. */
final class MessageCoder extends AtomicCoder<Message> {
  private static final MessageCoder INSTANCE = new MessageCoder();
  private static final Role[] ROLES = Role.values();

  private MessageCoder() {}

  static MessageCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Message m, OutputStream out) throws IOException {
    NULLABLE_STRING.encode(m.id(), out);
    Encodings.writeEnum(m.role(), out);
    STRING.encode(m.content(), out);
    NULLABLE_INSTANT.encode(m.createdAt(), out);
  }

  @Override
  public Message decode(InputStream in) throws IOException {
    String id = NULLABLE_STRING.decode(in);
    Role role = Encodings.readEnum(ROLES, in);
    String content = STRING.decode(in);
    return new Message(id, role, content, NULLABLE_INSTANT.decode(in));
  }
}
