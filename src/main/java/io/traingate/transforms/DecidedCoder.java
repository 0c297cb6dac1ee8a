package io.traingate.transforms;

import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import io.traingate.policy.Message;
import io.traingate.policy.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/** A {@link Decided}: the conversation and its verdict, from deciding to redacting and the audit. */
final class DecidedCoder extends AtomicCoder<Decided> {
  private static final DecidedCoder INSTANCE = new DecidedCoder();
  private static final Decision[] DECISIONS = Decision.values();

  private DecidedCoder() {}

  static DecidedCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Decided decided, OutputStream out) throws IOException {
    ConversationCoder.of().encode(decided.conversation(), out);
    Verdict verdict = decided.verdict();
    Encodings.writeEnum(verdict.decision(), out);
    Encodings.writeList(verdict.keptMessages(), MessageCoder.of(), out);
    VarInt.encode(verdict.droppedAfterOptOut(), out);
    VarInt.encode(verdict.droppedBeyondHorizon(), out);
  }

  @Override
  public Decided decode(InputStream in) throws IOException {
    Conversation conversation = ConversationCoder.of().decode(in);
    Decision decision = Encodings.readEnum(DECISIONS, in);
    List<Message> kept = Encodings.readList(MessageCoder.of(), in);
    int droppedAfterOptOut = VarInt.decodeInt(in);
    return new Decided(conversation, new Verdict(decision, kept, droppedAfterOptOut, VarInt.decodeInt(in)));
  }
}
