package io.traingate.transforms;

import static com.google.common.base.Preconditions.checkState;

import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import io.traingate.policy.Conversation;
import io.traingate.policy.EligibilityRules;
import java.util.Iterator;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Policy rules 3 to 12 for every conversation that won its tie-break. Each conversation meets
 * its user's consent timeline either through a map side input ({@link #withConsent}) or by a
 * grouping on the user id ({@link #joiningConsent}), for registries too big to broadcast; the
 * consent input's status is a singleton side input in both.
 */
public final class DecideEligibility extends PTransform<PCollection<Conversation>, PCollection<Decided>> {
  private static final TupleTag<Conversation> CONVERSATIONS = new TupleTag<>() {};
  private static final TupleTag<ConsentTimeline> TIMELINE = new TupleTag<>() {};

  private final EligibilityRules rules;
  private final Coder<Conversation> conversationCoder;
  private final PCollectionView<Map<String, ConsentTimeline>> timelineView;
  private final PCollection<KV<String, ConsentTimeline>> timelinesByUser;
  private final PCollectionView<ConsentInputStatus> consentStatus;
  private final FaultInjection faults;

  private DecideEligibility(
      EligibilityRules rules,
      Coder<Conversation> conversationCoder,
      PCollectionView<Map<String, ConsentTimeline>> timelineView,
      PCollection<KV<String, ConsentTimeline>> timelinesByUser,
      PCollectionView<ConsentInputStatus> consentStatus,
      FaultInjection faults) {
    this.rules = rules;
    this.conversationCoder = conversationCoder;
    this.timelineView = timelineView;
    this.timelinesByUser = timelinesByUser;
    this.consentStatus = consentStatus;
    this.faults = faults;
  }

  public static DecideEligibility under(EligibilityRules rules, Coder<Conversation> conversationCoder) {
    return new DecideEligibility(rules, conversationCoder, null, null, null, FaultInjection.off());
  }

  /** Each user's timeline arrives as a map side input. */
  public DecideEligibility withConsent(
      PCollectionView<Map<String, ConsentTimeline>> timelines, PCollectionView<ConsentInputStatus> status) {
    return new DecideEligibility(rules, conversationCoder, timelines, null, status, faults);
  }

  /** Conversations and timelines are grouped by user id. */
  public DecideEligibility joiningConsent(
      PCollection<KV<String, ConsentTimeline>> timelines, PCollectionView<ConsentInputStatus> status) {
    return new DecideEligibility(rules, conversationCoder, null, timelines, status, faults);
  }

  /** For tests only: fail some bundles on their first attempt. */
  public DecideEligibility withFaultInjection(FaultInjection newFaults) {
    return new DecideEligibility(rules, conversationCoder, timelineView, timelinesByUser, consentStatus, newFaults);
  }

  @Override
  public PCollection<Decided> expand(PCollection<Conversation> conversations) {
    checkState(consentStatus != null, "call withConsent(...) or joiningConsent(...) before applying DecideEligibility");
    PCollection<Decided> decided;
    if (timelineView != null) {
      decided =
          conversations.apply(
              "ApplyPolicy", ParDo.of(new SideInputDecideFn(rules, timelineView, consentStatus, faults)).withSideInputs(timelineView, consentStatus));
    } else {
      PCollection<KV<String, Conversation>> byUser =
          conversations
              .apply("KeyByUser", WithKeys.of(Conversation::userId).withKeyType(TypeDescriptors.strings()))
              .setCoder(KvCoder.of(StringUtf8Coder.of(), conversationCoder));
      decided =
          KeyedPCollectionTuple.of(CONVERSATIONS, byUser)
              .and(TIMELINE, timelinesByUser)
              .apply("GroupByUser", Grouping.<String>coGroupByKey())
              .apply("ApplyPolicy", ParDo.of(new GroupedDecideFn(rules, consentStatus, faults)).withSideInputs(consentStatus));
    }
    return decided.setCoder(DecidedCoder.of());
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder
        .add(DisplayData.item("consentAsOf", rules.consentAsOf().toString()).withLabel("Consent horizon"))
        .add(DisplayData.item("optOutScope", rules.optOutScope().name()).withLabel("Opt-out scope"))
        .add(DisplayData.item("allowEmptyConsent", rules.allowEmptyConsent()).withLabel("Allow empty consent"))
        .add(DisplayData.item("consentJoin", timelineView != null ? "side input" : "grouped by user").withLabel("Consent join"));
  }

  private static final class SideInputDecideFn extends DoFn<Conversation, Decided> {
    private final EligibilityRules rules;
    private final PCollectionView<Map<String, ConsentTimeline>> timelines;
    private final PCollectionView<ConsentInputStatus> consentStatus;
    private final FaultInjection faults;
    private transient FaultInjection.Bundle bundle;
    private transient BoundedWindow timelinesWindow;
    private transient Map<String, ConsentTimeline> timelinesOfWindow;

    SideInputDecideFn(
        EligibilityRules rules,
        PCollectionView<Map<String, ConsentTimeline>> timelines,
        PCollectionView<ConsentInputStatus> consentStatus,
        FaultInjection faults) {
      this.rules = rules;
      this.timelines = timelines;
      this.consentStatus = consentStatus;
      this.faults = faults;
    }

    @StartBundle
    public void startBundle() {
      bundle = faults.newBundle("DecideEligibility");
      timelinesWindow = null;
    }

    @ProcessElement
    public void processElement(
        @Element Conversation conversation, BoundedWindow window, OutputReceiver<Decided> out, ProcessContext context) {
      bundle.onElement(conversation.conversationId());
      // The DirectRunner builds a map side input anew from all its entries at every read: read it once per bundle and window.
      if (!window.equals(timelinesWindow)) {
        timelinesOfWindow = context.sideInput(timelines);
        timelinesWindow = window;
      }
      ConsentTimeline timeline = timelinesOfWindow.get(conversation.userId());
      out.output(new Decided(conversation, rules.decide(conversation, context.sideInput(consentStatus), timeline)));
    }

    @FinishBundle
    public void finishBundle() {
      bundle.onFinish();
    }
  }

  private static final class GroupedDecideFn extends DoFn<KV<String, CoGbkResult>, Decided> {
    private final EligibilityRules rules;
    private final PCollectionView<ConsentInputStatus> consentStatus;
    private final FaultInjection faults;
    private transient FaultInjection.Bundle bundle;

    GroupedDecideFn(EligibilityRules rules, PCollectionView<ConsentInputStatus> consentStatus, FaultInjection faults) {
      this.rules = rules;
      this.consentStatus = consentStatus;
      this.faults = faults;
    }

    @StartBundle
    public void startBundle() {
      bundle = faults.newBundle("DecideEligibility");
    }

    @FinishBundle
    public void finishBundle() {
      bundle.onFinish();
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> user, OutputReceiver<Decided> out, ProcessContext context) {
      bundle.onElement(user.getKey());
      Iterator<ConsentTimeline> timelines = user.getValue().getAll(TIMELINE).iterator();
      ConsentTimeline timeline = timelines.hasNext() ? timelines.next() : null;
      ConsentInputStatus status = context.sideInput(consentStatus);
      for (Conversation conversation : user.getValue().getAll(CONVERSATIONS)) {
        out.output(new Decided(conversation, rules.decide(conversation, status, timeline)));
      }
    }
  }
}
