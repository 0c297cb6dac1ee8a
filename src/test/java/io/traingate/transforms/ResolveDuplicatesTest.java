package io.traingate.transforms;

import static io.traingate.transforms.Fixtures.conversation;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.traingate.audit.DecisionRecord;
import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ResolveDuplicatesTest {

  @Test
  void keepsOneRecordPerConversationIdAndSupersedesTheOthers(TestPipeline pipeline) {
    Conversation older = conversation("dup", "u1", "2026-03-01T00:00:00Z", "first draft");
    Conversation newer = conversation("dup", "u1", "2026-03-02T00:00:00Z", "later copy");
    Conversation single = conversation("solo", "u2", "2026-03-01T00:00:00Z", "only one");

    PCollectionTuple resolved =
        pipeline
            .apply(Create.of(older, newer, single).withCoder(ConversationCoder.of()))
            .apply(new ResolveDuplicates(ConversationCoder.of()));

    PAssert.that(resolved.get(ResolveDuplicates.WINNERS)).containsInAnyOrder(newer, single);
    PAssert.that(resolved.get(ResolveDuplicates.SUPERSEDED))
        .satisfies(
            superseded -> {
              List<DecisionRecord> all = new ArrayList<>();
              superseded.forEach(all::add);
              assertThat(all, contains(DecisionRecord.of(older, Decision.SUPERSEDED_DUPLICATE)));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void exactCopiesLeaveOneWinnerAndCountTheRestOnce(TestPipeline pipeline) {
    Conversation copy = conversation("same", "u1", "2026-03-01T00:00:00Z", "hello");

    PCollectionTuple resolved =
        pipeline
            .apply(Create.of(copy, copy, copy).withCoder(ConversationCoder.of()))
            .apply(new ResolveDuplicates(ConversationCoder.of()));

    PAssert.that(resolved.get(ResolveDuplicates.WINNERS)).containsInAnyOrder(copy);
    PAssert.that(resolved.get(ResolveDuplicates.SUPERSEDED))
        .satisfies(
            superseded -> {
              List<Decision> decisions = new ArrayList<>();
              superseded.forEach(record -> decisions.add(record.decision()));
              assertThat(decisions, containsInAnyOrder(Decision.SUPERSEDED_DUPLICATE, Decision.SUPERSEDED_DUPLICATE));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
