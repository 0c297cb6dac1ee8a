package io.traingate.pipeline;

import io.traingate.audit.DecisionRecord;
import io.traingate.audit.Manifest;
import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.ConversationParser;
import io.traingate.ingest.DeadLetter;
import io.traingate.io.JsonLines;
import io.traingate.io.OutputLayout;
import io.traingate.options.ConsentJoin;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import io.traingate.policy.Conversation;
import io.traingate.transforms.AuditCountings;
import io.traingate.transforms.ConsentTimelines;
import io.traingate.transforms.ConsentEventCoder;
import io.traingate.transforms.ConversationCoder;
import io.traingate.transforms.DecideEligibility;
import io.traingate.transforms.DecisionRecordCoder;
import io.traingate.transforms.PassThrough;
import io.traingate.transforms.Decided;
import io.traingate.transforms.ReadConsentFromBigQuery;
import io.traingate.transforms.ReadRecords;
import io.traingate.transforms.RecordSource;
import io.traingate.transforms.RedactEligible;
import io.traingate.transforms.Redacted;
import io.traingate.transforms.ResolveDuplicates;
import io.traingate.transforms.SummarizeAudit;
import io.traingate.transforms.TrainingRecordCoder;
import io.traingate.transforms.WriteManifest;
import io.traingate.training.TrainingRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The gate's graph: read conversations and consent, resolve duplicates, decide each conversation
 * under the policy with the consent timelines as side inputs, redact what may be used, and write
 * training shards, decisions, dead letters, the audit summary and the manifest.
 */
public final class TraingatePipeline {
  private static final Coder<Conversation> CONVERSATION_CODER = ConversationCoder.of();
  private static final Coder<ConsentEvent> CONSENT_CODER = ConsentEventCoder.of();

  private TraingatePipeline() {}

  public static void build(Pipeline pipeline, JobSettings settings, String toolVersion) {
    OutputLayout output = settings.output();

    ReadRecords<Conversation> readConversations =
        ReadRecords.using(new ConversationParser(), CONVERSATION_CODER)
            .from(settings.conversations())
            .withMaxRecordBytes(settings.maxRecordBytes());
    PCollectionTuple conversations = pipeline.apply("ReadConversations", readConversations);
    // consent from JSONL files or from BigQuery: either way records and dead letters under the source's tags
    RecordSource<ConsentEvent> readConsent =
        settings.consentFromBigQuery() != null
            ? ReadConsentFromBigQuery.from(settings.consentFromBigQuery()).withMaxRecordBytes(settings.maxRecordBytes())
            : ReadRecords.using(new ConsentParser(), CONSENT_CODER)
                .from(settings.consent())
                .withMaxRecordBytes(settings.maxRecordBytes());
    PCollectionTuple consent = pipeline.apply("ReadConsent", readConsent);

    PCollectionTuple resolved =
        conversations.get(readConversations.records()).apply("ResolveDuplicates", new ResolveDuplicates(CONVERSATION_CODER));
    PCollection<Conversation> winners = resolved.get(ResolveDuplicates.WINNERS);
    PCollection<Decided> decided;
    PCollection<Redacted> redacted;
    if (settings.passThrough()) {
      decided = winners.apply("PassThrough", PassThrough.undecided());
      redacted = decided.apply("Unredacted", PassThrough.unredacted());
    } else {
      decided = winners.apply("DecideEligibility", decideEligibility(settings, consent, readConsent));
      redacted =
          decided.apply(
              "RedactEligible",
              RedactEligible.with(settings.policy().redaction(), settings.pseudonymKeyFile())
                  .withFaultInjection(settings.faultInjection()));
    }

    PCollection<DeadLetter> conversationDeadLetters = conversations.get(readConversations.deadLetters());
    PCollection<DeadLetter> consentDeadLetters = consent.get(readConsent.deadLetters());
    PCollection<DecisionRecord> decisions =
        PCollectionList.of(resolved.get(ResolveDuplicates.SUPERSEDED))
            .and(decisionRecords(decided, "DecisionOfDecided", d -> DecisionRecord.of(d.conversation(), d.verdict().decision())))
            .and(decisionRecords(conversationDeadLetters, "DecisionOfDeadLetters", DecisionRecord::of))
            .apply("AllDecisions", Flatten.pCollections());

    PCollection<TrainingRecord> training =
        redacted
            .apply("TrainingRecords", MapElements.into(TypeDescriptor.of(TrainingRecord.class)).via(Redacted::record))
            .setCoder(TrainingRecordCoder.of());
    WriteFilesResult<Void> train = writeShards(training, "Training", output, OutputLayout.TRAIN, settings.numShards());
    WriteFilesResult<Void> decisionFiles = writeShards(decisions, "Decisions", output, OutputLayout.DECISIONS, 0);
    WriteFilesResult<Void> conversationDeadLetterFiles =
        writeShards(conversationDeadLetters, "ConversationDeadLetters", output, OutputLayout.CONVERSATION_DEAD_LETTERS, 0);
    WriteFilesResult<Void> consentDeadLetterFiles =
        writeShards(consentDeadLetters, "ConsentDeadLetters", output, OutputLayout.CONSENT_DEAD_LETTERS, 0);

    PCollectionList<KV<String, Long>> counts =
        PCollectionList.of(conversations.get(readConversations.records()).apply("CountConversationsRead", AuditCountings.conversationsRead()))
            .and(conversationDeadLetters.apply("CountConversationDeadLetters", AuditCountings.conversationDeadLetters()))
            .and(consent.get(readConsent.records()).apply("CountConsentEvents", AuditCountings.consentEventsRead()))
            .and(consentDeadLetters.apply("CountConsentDeadLetters", AuditCountings.consentDeadLetters()))
            .and(decisions.apply("CountDecisions", AuditCountings.decisions()))
            .and(decided.apply("CountDroppedMessages", AuditCountings.droppedMessages()))
            .and(redacted.apply("CountTrainingRecords", AuditCountings.trainingRecords()));
    WriteFilesResult<Void> summary =
        counts
            .apply("SummarizeAudit", new SummarizeAudit(settings.policy().fingerprint()))
            .apply("WriteSummary", output.singleFile(OutputLayout.SUMMARY).withOutputFilenames());

    String header =
        Manifest.header(
            toolVersion, settings.policy().fingerprint(), settings.inputs(), settings.publishableOptions(), settings.passThrough());
    PCollectionList.of(WriteManifest.filesOf("TrainingFiles", train))
        .and(WriteManifest.filesOf("DecisionFiles", decisionFiles))
        .and(WriteManifest.filesOf("ConversationDeadLetterFiles", conversationDeadLetterFiles))
        .and(WriteManifest.filesOf("ConsentDeadLetterFiles", consentDeadLetterFiles))
        .and(WriteManifest.filesOf("SummaryFile", summary))
        .apply("WriteManifest", new WriteManifest(output, header));
  }

  /** Policy rules 3 to 12, with each user's consent timeline met by side input or by grouping. */
  private static DecideEligibility decideEligibility(
      JobSettings settings, PCollectionTuple consent, RecordSource<ConsentEvent> readConsent) {
    ConsentTimelines consentTimelines = new ConsentTimelines(readConsent.records(), readConsent.deadLetters());
    PCollection<KV<String, ConsentTimeline>> timelines = consent.apply("ConsentTimelines", consentTimelines.perUser());
    PCollectionView<ConsentInputStatus> consentStatus = consent.apply("ConsentInputStatus", consentTimelines.inputStatus());
    DecideEligibility decide =
        DecideEligibility.under(settings.eligibilityRules(), CONVERSATION_CODER).withFaultInjection(settings.faultInjection());
    return settings.consentJoin() == ConsentJoin.SHUFFLE
        ? decide.joiningConsent(timelines, consentStatus)
        : decide.withConsent(timelines.apply("ConsentTimelinesAsMap", View.asMap()), consentStatus);
  }

  private static <T> PCollection<DecisionRecord> decisionRecords(
      PCollection<T> from, String name, SerializableFunction<T, DecisionRecord> fn) {
    return from.apply(name, MapElements.into(TypeDescriptor.of(DecisionRecord.class)).via(fn)).setCoder(DecisionRecordCoder.of());
  }

  /** Writes records as gzip JSONL shards ({@code NAMEJson}, {@code WriteNAME}); the result names the files. */
  private static <T> WriteFilesResult<Void> writeShards(
      PCollection<T> records, String name, OutputLayout output, String prefix, int numShards) {
    return records
        .apply(name + "Json", MapElements.into(TypeDescriptors.strings()).via(JsonLines::toJson))
        .apply("Write" + name, output.shards(prefix, numShards).withOutputFilenames());
  }
}
