package io.traingate.transforms;

import io.traingate.pii.EntityType;
import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import io.traingate.policy.Verdict;
import io.traingate.training.TrainingRecord;
import io.traingate.training.TrainingRecord.TrainingMessage;
import java.util.Map;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * FOR BENCHMARKS ONLY ({@code --passThrough}): stands in for deciding and redacting with
 * nothing, so that a run measures the floor of reading, parsing, shuffling and writing the same
 * data. Every conversation goes through whole and unredacted; the output is not training data
 * and the manifest says so.
 */
public final class PassThrough {
  private PassThrough() {}

  /** Instead of {@link DecideEligibility}: every conversation, every message. */
  public static PTransform<PCollection<Conversation>, PCollection<Decided>> undecided() {
    return new PTransform<>() {
      @Override
      public PCollection<Decided> expand(PCollection<Conversation> conversations) {
        return conversations
            .apply(
                "AllEligible",
                MapElements.into(TypeDescriptor.of(Decided.class))
                    .via((Conversation c) -> new Decided(c, new Verdict(Decision.ELIGIBLE, c.messages(), 0, 0))))
            .setCoder(DecidedCoder.of());
      }
    };
  }

  /** Instead of {@link RedactEligible}: messages as they are, under the plain conversation id. */
  public static PTransform<PCollection<Decided>, PCollection<Redacted>> unredacted() {
    return new PTransform<>() {
      @Override
      public PCollection<Redacted> expand(PCollection<Decided> decided) {
        return decided
            .apply(
                "AsTrainingRecords",
                MapElements.into(TypeDescriptor.of(Redacted.class))
                    .via(
                        (Decided d) ->
                            new Redacted(
                                new TrainingRecord(
                                    d.conversation().conversationId(),
                                    d.conversation().product(),
                                    d.verdict().keptMessages().stream()
                                        .map(m -> TrainingMessage.of(m.role(), m.content()))
                                        .toList()),
                                Map.<EntityType, Integer>of())))
            .setCoder(RedactedCoder.of());
      }
    };
  }
}
