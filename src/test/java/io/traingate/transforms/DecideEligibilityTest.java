package io.traingate.transforms;

import static io.traingate.transforms.Fixtures.badConsentRecord;
import static io.traingate.transforms.Fixtures.conversation;
import static io.traingate.transforms.Fixtures.event;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.traingate.ingest.DeadLetter;
import io.traingate.options.ConsentJoin;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import io.traingate.policy.Conversation;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deciding step with consent timelines built in the pipeline, met as a side input or by grouping. */
@ExtendWith(TestPipelineExtension.class)
class DecideEligibilityTest {
  private static final TupleTag<ConsentEvent> EVENTS = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> BAD_CONSENT = new TupleTag<>() {};

  private static final List<Conversation> CONVERSATIONS =
      List.of(
          conversation("a", "u1", "2026-03-01T00:00:00Z", "hello"),
          conversation("c", "u1", "2026-03-20T00:00:00Z", "opted out by now"),
          conversation("d", "u1", "2026-04-02T00:00:00Z", "opted in again"),
          conversation("gone", "u2", "2026-02-01T00:00:00Z", "deleted later"),
          conversation("unknown-user", "u3", "2026-02-01T00:00:00Z", "no events: opted in"),
          conversation("broken", "u4", "2026-02-01T00:00:00Z", "a bad record names this user"));

  @ParameterizedTest
  @EnumSource(ConsentJoin.class)
  void decidesEachConversationAgainstItsUsersTimeline(ConsentJoin join, TestPipeline pipeline) {
    PCollection<Decided> decided =
        decide(
            pipeline,
            List.of(
                event("u1", ConsentAction.OPT_IN, "2026-04-01T00:00:00Z"),
                event("u1", ConsentAction.OPT_OUT, "2026-03-10T00:00:00Z"),
                event("u2", ConsentAction.DELETE, "2026-05-01T00:00:00Z")),
            List.of(badConsentRecord("u4")),
            false,
            join);

    PAssert.that(decided)
        .satisfies(
            all -> {
              assertThat(
                  decisions(all),
                  containsInAnyOrder(
                      "a=ELIGIBLE",
                      "c=EXCLUDED_OPTED_OUT",
                      "d=ELIGIBLE",
                      "gone=EXCLUDED_USER_DELETED",
                      "unknown-user=ELIGIBLE",
                      "broken=EXCLUDED_CONSENT_UNAVAILABLE"));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @ParameterizedTest
  @EnumSource(ConsentJoin.class)
  void aBadConsentRecordWithoutAUserExcludesEveryIndividualConversation(ConsentJoin join, TestPipeline pipeline) {
    PCollection<Decided> decided =
        decide(pipeline, List.of(event("u1", ConsentAction.OPT_IN, "2026-01-01T00:00:00Z")), List.of(badConsentRecord(null)), false, join);

    PAssert.that(decided)
        .satisfies(
            all -> {
              List<String> found = decisions(all);
              assertThat(found.size(), is(CONVERSATIONS.size()));
              found.forEach(d -> assertThat(d, endsWith("=EXCLUDED_CONSENT_UNAVAILABLE")));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @ParameterizedTest
  @EnumSource(ConsentJoin.class)
  void zeroConsentEventsFailClosedUnlessAllowed(ConsentJoin join, TestPipeline pipeline) {
    PCollection<Decided> strict = decide(pipeline, List.of(), List.of(), false, join);
    PAssert.that(strict)
        .satisfies(
            all -> {
              decisions(all).forEach(d -> assertThat(d, endsWith("=EXCLUDED_CONSENT_UNAVAILABLE")));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @ParameterizedTest
  @EnumSource(ConsentJoin.class)
  void zeroConsentEventsAreAcceptedWhenTheRunAllowsIt(ConsentJoin join, TestPipeline pipeline) {
    PCollection<Decided> allowed = decide(pipeline, List.of(), List.of(), true, join);
    PAssert.that(allowed)
        .satisfies(
            all -> {
              decisions(all).forEach(d -> assertThat(d, endsWith("=ELIGIBLE")));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  private static PCollection<Decided> decide(
      TestPipeline pipeline, List<ConsentEvent> events, List<DeadLetter> badRecords, boolean allowEmptyConsent, ConsentJoin join) {
    PCollectionTuple consent =
        PCollectionTuple.of(EVENTS, pipeline.apply("Events", Create.of(events).withCoder(ConsentEventCoder.of())))
            .and(BAD_CONSENT, pipeline.apply("BadConsent", Create.of(badRecords).withCoder(DeadLetterCoder.of())));
    ConsentTimelines timelines = new ConsentTimelines(EVENTS, BAD_CONSENT);
    PCollection<KV<String, ConsentTimeline>> perUser = consent.apply("Timelines", timelines.perUser());
    PCollectionView<ConsentInputStatus> status = consent.apply("Status", timelines.inputStatus());
    DecideEligibility decide = DecideEligibility.under(Fixtures.rules(allowEmptyConsent), ConversationCoder.of());
    decide = join == ConsentJoin.SHUFFLE ? decide.joiningConsent(perUser, status) : decide.withConsent(perUser.apply(View.asMap()), status);
    return pipeline
        .apply("Conversations", Create.of(CONVERSATIONS).withCoder(ConversationCoder.of()))
        .apply(decide);
  }

  private static List<String> decisions(Iterable<Decided> all) {
    List<String> found = new ArrayList<>();
    all.forEach(d -> found.add(d.conversation().conversationId() + "=" + d.verdict().decision()));
    return found;
  }
}
