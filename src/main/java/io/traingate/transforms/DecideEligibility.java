package io.traingate.transforms;

import static com.google.common.base.Preconditions.checkState;

import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import io.traingate.policy.Conversation;
import io.traingate.policy.EligibilityRules;
import java.util.Map;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Policy rules 3 to 12 for every conversation that won its tie-break, with each user's consent
 * timeline and the consent input's status arriving as side inputs.
 */
public final class DecideEligibility extends PTransform<PCollection<Conversation>, PCollection<Decided>> {
  private final EligibilityRules rules;
  private final PCollectionView<Map<String, ConsentTimeline>> timelines;
  private final PCollectionView<ConsentInputStatus> consentStatus;

  private DecideEligibility(
      EligibilityRules rules,
      PCollectionView<Map<String, ConsentTimeline>> timelines,
      PCollectionView<ConsentInputStatus> consentStatus) {
    this.rules = rules;
    this.timelines = timelines;
    this.consentStatus = consentStatus;
  }

  public static DecideEligibility under(EligibilityRules rules) {
    return new DecideEligibility(rules, null, null);
  }

  public DecideEligibility withConsent(
      PCollectionView<Map<String, ConsentTimeline>> newTimelines, PCollectionView<ConsentInputStatus> newStatus) {
    return new DecideEligibility(rules, newTimelines, newStatus);
  }

  @Override
  public PCollection<Decided> expand(PCollection<Conversation> conversations) {
    checkState(timelines != null && consentStatus != null, "call withConsent(...) before applying DecideEligibility");
    return conversations
        .apply("ApplyPolicy", ParDo.of(new DecideFn(rules, timelines, consentStatus)).withSideInputs(timelines, consentStatus))
        .setCoder(SerializableCoder.of(Decided.class));
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder
        .add(DisplayData.item("consentAsOf", rules.consentAsOf().toString()).withLabel("Consent horizon"))
        .add(DisplayData.item("optOutScope", rules.optOutScope().name()).withLabel("Opt-out scope"))
        .add(DisplayData.item("allowEmptyConsent", rules.allowEmptyConsent()).withLabel("Allow empty consent"));
  }

  private static final class DecideFn extends DoFn<Conversation, Decided> {
    private final EligibilityRules rules;
    private final PCollectionView<Map<String, ConsentTimeline>> timelines;
    private final PCollectionView<ConsentInputStatus> consentStatus;

    DecideFn(
        EligibilityRules rules,
        PCollectionView<Map<String, ConsentTimeline>> timelines,
        PCollectionView<ConsentInputStatus> consentStatus) {
      this.rules = rules;
      this.timelines = timelines;
      this.consentStatus = consentStatus;
    }

    @ProcessElement
    public void processElement(@Element Conversation conversation, OutputReceiver<Decided> out, ProcessContext context) {
      ConsentTimeline timeline = context.sideInput(timelines).get(conversation.userId());
      out.output(new Decided(conversation, rules.decide(conversation, context.sideInput(consentStatus), timeline)));
    }
  }
}
