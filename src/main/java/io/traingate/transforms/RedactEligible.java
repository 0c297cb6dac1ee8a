package io.traingate.transforms;

import io.traingate.io.PseudonymKeys;
import io.traingate.pii.ConversationRedaction;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Redactor;
import io.traingate.policy.Message;
import io.traingate.training.PseudonymKey;
import io.traingate.training.TrainingRecord;
import io.traingate.training.TrainingRecord.TrainingMessage;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PCollection;

/**
 * Turns every eligible conversation into a training record: the pseudonymous id (HMAC of the
 * conversation id), the product, and the kept messages with their personal information replaced.
 * The key is read on the worker from {@code keyFile}; it never travels inside the job.
 */
public final class RedactEligible extends PTransform<PCollection<Decided>, PCollection<Redacted>> {
  private final RedactionRules rules;
  private final String keyFile;
  private final FaultInjection faults;

  private RedactEligible(RedactionRules rules, String keyFile, FaultInjection faults) {
    this.rules = rules;
    this.keyFile = keyFile;
    this.faults = faults;
  }

  /** @param keyFile the pseudonym key file, or null for the development key */
  public static RedactEligible with(RedactionRules rules, String keyFile) {
    return new RedactEligible(rules, keyFile, FaultInjection.off());
  }

  /** For tests only: fail some bundles on their first attempt. */
  public RedactEligible withFaultInjection(FaultInjection newFaults) {
    return new RedactEligible(rules, keyFile, newFaults);
  }

  @Override
  public PCollection<Redacted> expand(PCollection<Decided> decided) {
    return decided
        .apply("EligibleOnly", Filter.by(d -> d.verdict().isEligible()))
        .apply("RedactMessages", ParDo.of(new RedactFn(rules, keyFile, faults)))
        .setCoder(RedactedCoder.of());
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder.add(DisplayData.item("pseudonymKey", keyFile == null ? "development key" : "from key file").withLabel("Pseudonym key"));
  }

  private static final class RedactFn extends DoFn<Decided, Redacted> {
    private final RedactionRules rules;
    private final String keyFile;
    private final FaultInjection faults;
    private transient PseudonymKey key;
    private transient Redactor redactor;
    private transient FaultInjection.Bundle bundle;

    RedactFn(RedactionRules rules, String keyFile, FaultInjection faults) {
      this.rules = rules;
      this.keyFile = keyFile;
      this.faults = faults;
    }

    @Setup
    public void setup() {
      key = PseudonymKeys.load(keyFile);
      redactor = Redactor.create(rules, key.bytes());
    }

    @StartBundle
    public void startBundle() {
      bundle = faults.newBundle("RedactEligible");
    }

    @FinishBundle
    public void finishBundle() {
      bundle.onFinish();
    }

    @ProcessElement
    public void processElement(@Element Decided decided, OutputReceiver<Redacted> out) {
      bundle.onElement(decided.conversation().conversationId());
      ConversationRedaction redaction = redactor.newConversation();
      List<TrainingMessage> messages = new ArrayList<>(decided.verdict().keptMessages().size());
      for (Message message : decided.verdict().keptMessages()) {
        messages.add(TrainingMessage.of(message.role(), redaction.redact(message.content())));
      }
      TrainingRecord record =
          new TrainingRecord(
              key.hmacHex(decided.conversation().conversationId()), decided.conversation().product(), messages);
      out.output(new Redacted(record, redaction.replacedCounts()));
    }
  }
}
