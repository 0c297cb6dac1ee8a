package io.traingate.transforms;

import io.traingate.audit.DecisionRecord;
import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import io.traingate.policy.DuplicateTieBreak;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Policy rule 2: of the records sharing a {@code conversation_id}, one goes on ({@link #WINNERS})
 * and every other one is decided {@code SUPERSEDED_DUPLICATE} ({@link #SUPERSEDED}).
 */
public final class ResolveDuplicates extends PTransform<PCollection<Conversation>, PCollectionTuple> {
  public static final TupleTag<Conversation> WINNERS = new TupleTag<>() {};
  public static final TupleTag<DecisionRecord> SUPERSEDED = new TupleTag<>() {};

  private final Coder<Conversation> coder;

  public ResolveDuplicates(Coder<Conversation> coder) {
    this.coder = coder;
  }

  @Override
  public PCollectionTuple expand(PCollection<Conversation> conversations) {
    PCollectionTuple resolved =
        conversations
            .apply("KeyByConversationId", WithKeys.of(Conversation::conversationId).withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), coder))
            .apply("GroupByConversationId", Grouping.byKey())
            .apply("PickWinner", ParDo.of(new PickWinnerFn()).withOutputTags(WINNERS, TupleTagList.of(SUPERSEDED)));
    resolved.get(WINNERS).setCoder(coder);
    resolved.get(SUPERSEDED).setCoder(DecisionRecordCoder.of());
    return resolved;
  }

  private static final class PickWinnerFn extends DoFn<KV<String, Iterable<Conversation>>, Conversation> {
    @ProcessElement
    public void processElement(@Element KV<String, Iterable<Conversation>> group, MultiOutputReceiver out) {
      Conversation winner =
          DuplicateTieBreak.resolve(
              group.getValue(),
              loser -> out.get(SUPERSEDED).output(DecisionRecord.of(loser, Decision.SUPERSEDED_DUPLICATE)));
      out.get(WINNERS).output(winner);
    }
  }
}
