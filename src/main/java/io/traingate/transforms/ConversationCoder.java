package io.traingate.transforms;

import io.traingate.policy.Conversation;
import io.traingate.policy.Message;
import io.traingate.policy.Role;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * A compact, deterministic encoding of {@link Conversation}, the element the gate shuffles
 * (duplicates, the grouped consent join). Java serialization of the same records was several
 * times larger and slower.
 */
public final class ConversationCoder extends AtomicCoder<Conversation> {
  private static final ConversationCoder INSTANCE = new ConversationCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final Role[] ROLES = Role.values();

  private ConversationCoder() {}

  public static ConversationCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Conversation c, OutputStream out) throws IOException {
    STRING.encode(c.conversationId(), out);
    STRING.encode(c.userId(), out);
    encodeNullable(c.workspaceId(), out);
    STRING.encode(c.product(), out);
    STRING.encode(c.plan(), out);
    out.write(c.temporary() ? 1 : 0);
    encodeInstant(c.createdAt(), out);
    VarInt.encode(c.messages().size(), out);
    for (Message m : c.messages()) {
      encodeNullable(m.id(), out);
      out.write(m.role().ordinal());
      STRING.encode(m.content(), out);
      out.write(m.createdAt() == null ? 0 : 1);
      if (m.createdAt() != null) {
        encodeInstant(m.createdAt(), out);
      }
    }
    STRING.encode(c.recordDigest(), out);
  }

  @Override
  public Conversation decode(InputStream in) throws IOException {
    String conversationId = STRING.decode(in);
    String userId = STRING.decode(in);
    String workspaceId = decodeNullable(in);
    String product = STRING.decode(in);
    String plan = STRING.decode(in);
    boolean temporary = readByte(in) == 1;
    Instant createdAt = decodeInstant(in);
    int count = VarInt.decodeInt(in);
    List<Message> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = decodeNullable(in);
      Role role = ROLES[readByte(in)];
      String content = STRING.decode(in);
      Instant time = readByte(in) == 1 ? decodeInstant(in) : null;
      messages.add(new Message(id, role, content, time));
    }
    return new Conversation(conversationId, userId, workspaceId, product, plan, temporary, createdAt, messages, STRING.decode(in));
  }

  @Override
  public void verifyDeterministic() {
    // every field is written in a fixed order with deterministic encodings
  }

  private static void encodeNullable(String value, OutputStream out) throws IOException {
    out.write(value == null ? 0 : 1);
    if (value != null) {
      STRING.encode(value, out);
    }
  }

  private static String decodeNullable(InputStream in) throws IOException {
    return readByte(in) == 1 ? STRING.decode(in) : null;
  }

  private static void encodeInstant(Instant instant, OutputStream out) throws IOException {
    new DataOutputStream(out).writeLong(instant.getEpochSecond());
    VarInt.encode(instant.getNano(), out);
  }

  private static Instant decodeInstant(InputStream in) throws IOException {
    long seconds = new DataInputStream(in).readLong();
    return Instant.ofEpochSecond(seconds, VarInt.decodeInt(in));
  }

  private static int readByte(InputStream in) throws IOException {
    int value = in.read();
    if (value < 0) {
      throw new CoderException("unexpected end of a Conversation");
    }
    return value;
  }
}
