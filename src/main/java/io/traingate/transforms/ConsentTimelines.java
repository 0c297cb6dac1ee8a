package io.traingate.transforms;

import io.traingate.ingest.DeadLetter;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Builds, from the consent input, what the deciding step needs: each user's {@link
 * ConsentTimeline} (with whether an unreadable record names them, rule 7) and the {@link
 * ConsentInputStatus} of the input as a whole (rule 6).
 */
public final class ConsentTimelines {
  private static final TupleTag<ConsentEvent> EVENTS = new TupleTag<>() {};
  private static final TupleTag<String> UNREADABLE = new TupleTag<>() {};

  private final TupleTag<ConsentEvent> eventsTag;
  private final TupleTag<DeadLetter> deadLettersTag;

  /** @param eventsTag, deadLettersTag the tags of the consent read's outputs */
  public ConsentTimelines(TupleTag<ConsentEvent> eventsTag, TupleTag<DeadLetter> deadLettersTag) {
    this.eventsTag = eventsTag;
    this.deadLettersTag = deadLettersTag;
  }

  /** Each user's timeline, keyed by user id. */
  public PTransform<PCollectionTuple, PCollection<KV<String, ConsentTimeline>>> perUser() {
    return new PTransform<>() {
      @Override
      public PCollection<KV<String, ConsentTimeline>> expand(PCollectionTuple consent) {
        PCollection<KV<String, ConsentEvent>> events =
            consent
                .get(eventsTag)
                .apply(
                    "KeyEventsByUser",
                    MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(ConsentEvent.class)))
                        .via(event -> KV.of(event.userId(), event)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), ConsentEventCoder.of()));
        PCollection<KV<String, String>> unreadable =
            consent
                .get(deadLettersTag)
                .apply("AttributedOnly", Filter.by(deadLetter -> deadLetter.userId() != null))
                .apply(
                    "KeyUnreadableByUser",
                    MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                        .via(deadLetter -> KV.of(deadLetter.userId(), deadLetter.code().name())));
        return KeyedPCollectionTuple.of(EVENTS, events)
            .and(UNREADABLE, unreadable)
            .apply("GroupByUser", Grouping.coGroupByKey())
            .apply("BuildTimeline", ParDo.of(new BuildTimelineFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ConsentTimelineCoder.of()));
      }
    };
  }

  /** The consent input as a whole, as a singleton side input. */
  public PTransform<PCollectionTuple, PCollectionView<ConsentInputStatus>> inputStatus() {
    return new PTransform<>() {
      @Override
      public PCollectionView<ConsentInputStatus> expand(PCollectionTuple consent) {
        PCollection<ConsentInputStatus> fromEvents =
            consent
                .get(eventsTag)
                .apply("OneValidEvent", toStatus(event -> new ConsentInputStatus(1, 0)))
                .setCoder(ConsentInputStatusCoder.of());
        PCollection<ConsentInputStatus> fromDeadLetters =
            consent
                .get(deadLettersTag)
                .apply("UnattributedOnly", Filter.by(deadLetter -> deadLetter.userId() == null))
                .apply("OneUnattributed", toStatus(deadLetter -> new ConsentInputStatus(0, 1)))
                .setCoder(ConsentInputStatusCoder.of());
        return PCollectionList.of(fromEvents)
            .and(fromDeadLetters)
            .apply("Together", Flatten.pCollections())
            .apply("Sum", Combine.globally(ConsentTimelines::sum).asSingletonView());
      }
    };
  }

  private static <T> MapElements<T, ConsentInputStatus> toStatus(SerializableFunction<T, ConsentInputStatus> fn) {
    return MapElements.into(TypeDescriptor.of(ConsentInputStatus.class)).via(fn);
  }

  private static ConsentInputStatus sum(Iterable<ConsentInputStatus> parts) {
    long valid = 0;
    long unattributed = 0;
    for (ConsentInputStatus part : parts) {
      valid += part.validEvents();
      unattributed += part.unattributedBadRecords();
    }
    return new ConsentInputStatus(valid, unattributed);
  }

  private static final class BuildTimelineFn extends DoFn<KV<String, CoGbkResult>, KV<String, ConsentTimeline>> {
    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> user, OutputReceiver<KV<String, ConsentTimeline>> out) {
      boolean unreadable = user.getValue().getAll(UNREADABLE).iterator().hasNext();
      out.output(KV.of(user.getKey(), ConsentTimeline.of(user.getValue().getAll(EVENTS), unreadable)));
    }
  }
}
