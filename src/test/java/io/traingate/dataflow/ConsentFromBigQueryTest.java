package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.google.api.services.bigquery.model.Table;
import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableReference;
import com.google.api.services.bigquery.model.TableRow;
import com.google.api.services.bigquery.model.TableSchema;
import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.DeadLetter;
import io.traingate.io.BigQueryConsent;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentInputStatus;
import io.traingate.policy.ConsentTimeline;
import io.traingate.transforms.ConsentEventCoder;
import io.traingate.transforms.ConsentTimelines;
import io.traingate.transforms.ReadConsentFromBigQuery;
import io.traingate.transforms.ReadRecords;
import io.traingate.transforms.RecordSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryOptions;
import org.apache.beam.sdk.io.gcp.testing.FakeBigQueryServices;
import org.apache.beam.sdk.io.gcp.testing.FakeDatasetService;
import org.apache.beam.sdk.io.gcp.testing.FakeJobService;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consent read from a BigQuery table, through Beam's own BigQuery test doubles (an extract job
 * served by {@link FakeJobService}, rows kept by {@link FakeDatasetService}), on the DirectRunner
 * without a network: the same events as JSONL lines and as table rows give the same timelines, the
 * same input status and dead letters with the same codes.
 */
@ExtendWith(TestPipelineExtension.class)
class ConsentFromBigQueryTest {
  private static final TableReference TABLE =
      new TableReference().setProjectId("privacy-prj").setDatasetId("registry").setTableId("consent_events");
  private static final TableSchema SCHEMA =
      new TableSchema()
          .setFields(
              List.of(
                  new TableFieldSchema().setName("user_id").setType("STRING").setMode("NULLABLE"),
                  new TableFieldSchema().setName("event").setType("STRING").setMode("NULLABLE"),
                  new TableFieldSchema().setName("effective_at").setType("TIMESTAMP").setMode("NULLABLE"),
                  new TableFieldSchema().setName("source").setType("STRING").setMode("NULLABLE"),
                  new TableFieldSchema().setName("ingested_by").setType("STRING").setMode("NULLABLE")));

  /** The same five records, as JSONL lines (the form the rows must be read as). */
  private static final List<String> LINES =
      List.of(
          "{\"user_id\":\"u1\",\"event\":\"opt_out\",\"effective_at\":\"2026-03-10T00:00:00Z\",\"source\":\"privacy_portal\"}",
          "{\"user_id\":\"u1\",\"event\":\"opt_in\",\"effective_at\":\"2026-04-01T12:30:00.250Z\"}",
          "{\"user_id\":\"u2\",\"event\":\"delete\",\"effective_at\":\"2026-02-01T00:00:00Z\"}",
          "{\"user_id\":\"u3\",\"event\":\"maybe\",\"effective_at\":\"2026-02-01T00:00:00Z\"}",
          "{\"user_id\":null,\"event\":\"opt_out\",\"effective_at\":\"2026-02-01T00:00:00Z\"}");

  @TempDir Path dir;
  private FakeBigQueryServices bigQuery;

  @BeforeEach
  void tableWithTheSameRecords() throws Exception {
    FakeDatasetService.setUp();
    FakeJobService.setUp();
    FakeDatasetService datasets = new FakeDatasetService();
    datasets.createDataset(TABLE.getProjectId(), TABLE.getDatasetId(), "", "", null);
    datasets.createTable(new Table().setTableReference(TABLE).setSchema(SCHEMA));
    datasets.insertAll(
        TABLE,
        List.of(
            row("u1", "opt_out", "2026-03-10T00:00:00Z", "privacy_portal"),
            row("u1", "opt_in", "2026-04-01T12:30:00.250Z", null),
            row("u2", "delete", "2026-02-01T00:00:00Z", null),
            row("u3", "maybe", "2026-02-01T00:00:00Z", null),
            row(null, "opt_out", "2026-02-01T00:00:00Z", null)),
        null);
    bigQuery = new FakeBigQueryServices().withDatasetService(datasets).withJobService(new FakeJobService());
  }

  /** A row as the fake extract job expects it: a TIMESTAMP in microseconds since the epoch. */
  private static TableRow row(String user, String event, String effectiveAt, String source) {
    Instant at = Instant.parse(effectiveAt);
    long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    return new TableRow()
        .set("user_id", user)
        .set("event", event)
        .set("effective_at", micros)
        .set("source", source)
        .set("ingested_by", "etl");
  }

  private void offline(TestPipeline pipeline) {
    pipeline.getOptions().setTempLocation(dir.resolve("tmp").toString());
    pipeline.getOptions().as(BigQueryOptions.class).setProject("job-prj");
  }

  @Test
  void rowsOfATableGiveTheTimelinesAndStatusThatTheSameJsonlLinesGive(TestPipeline pipeline) {
    offline(pipeline);
    ReadConsentFromBigQuery read =
        ReadConsentFromBigQuery.from(BigQueryConsent.table("privacy-prj:registry.consent_events")).withTestServices(bigQuery);

    PCollectionTuple consent = pipeline.apply("ReadConsent", read);

    Map<String, ConsentTimeline> expected = new HashMap<>();
    expected.put(
        "u1",
        ConsentTimeline.of(
            List.of(
                new ConsentEvent("u1", ConsentAction.OPT_OUT, Instant.parse("2026-03-10T00:00:00Z"), "privacy_portal"),
                new ConsentEvent("u1", ConsentAction.OPT_IN, Instant.parse("2026-04-01T12:30:00.250Z"), null)),
            false));
    expected.put(
        "u2", ConsentTimeline.of(List.of(new ConsentEvent("u2", ConsentAction.DELETE, Instant.parse("2026-02-01T00:00:00Z"), null)), false));
    expected.put("u3", ConsentTimeline.of(List.of(), true));
    assertTimelinesAndStatus(consent, read, expected, new ConsentInputStatus(3, 1));
    PAssert.that(consent.get(read.deadLetters()))
        .satisfies(
            deadLetters -> {
              List<String> found = new ArrayList<>();
              for (DeadLetter d : deadLetters) {
                found.add(d.code() + " " + d.userId());
                assertThat(d.source(), startsWith("bigquery:privacy-prj:registry.consent_events row "));
                assertThat(d.raw().contains("\"event\""), is(true));
              }
              assertThat(found, containsInAnyOrder("BAD_VALUE u3", "MISSING_FIELD null"));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theSameRecordsAsJsonlLinesGiveTheSameTimelines(TestPipeline pipeline) throws IOException {
    Files.write(dir.resolve("consent.jsonl"), LINES);
    ReadRecords<ConsentEvent> read =
        ReadRecords.using(new ConsentParser(), ConsentEventCoder.of()).from(dir.resolve("consent.jsonl").toString());

    PCollectionTuple consent = pipeline.apply("ReadConsent", read);

    Map<String, ConsentTimeline> expected = new HashMap<>();
    expected.put(
        "u1",
        ConsentTimeline.of(
            List.of(
                new ConsentEvent("u1", ConsentAction.OPT_OUT, Instant.parse("2026-03-10T00:00:00Z"), "privacy_portal"),
                new ConsentEvent("u1", ConsentAction.OPT_IN, Instant.parse("2026-04-01T12:30:00.250Z"), null)),
            false));
    expected.put(
        "u2", ConsentTimeline.of(List.of(new ConsentEvent("u2", ConsentAction.DELETE, Instant.parse("2026-02-01T00:00:00Z"), null)), false));
    expected.put("u3", ConsentTimeline.of(List.of(), true));
    assertTimelinesAndStatus(consent, read, expected, new ConsentInputStatus(3, 1));
    pipeline.run().waitUntilFinish();
  }

  private static void assertTimelinesAndStatus(
      PCollectionTuple consent, RecordSource<ConsentEvent> read, Map<String, ConsentTimeline> expected, ConsentInputStatus status) {
    ConsentTimelines timelines = new ConsentTimelines(read.records(), read.deadLetters());
    PCollection<KV<String, ConsentTimeline>> perUser = consent.apply("PerUser", timelines.perUser());
    List<KV<String, ConsentTimeline>> expectedKvs = new ArrayList<>();
    expected.forEach((user, timeline) -> expectedKvs.add(KV.of(user, timeline)));
    PAssert.that(perUser).containsInAnyOrder(expectedKvs);
    PCollection<ConsentInputStatus> statuses =
        consent
            .get(read.records())
            .apply("CountValid", Combine.globally(org.apache.beam.sdk.transforms.Count.<ConsentEvent>combineFn()))
            .apply(
                "AsStatus",
                org.apache.beam.sdk.transforms.MapElements.into(org.apache.beam.sdk.values.TypeDescriptor.of(ConsentInputStatus.class))
                    .via(valid -> new ConsentInputStatus(valid, 0)));
    PAssert.that(statuses).containsInAnyOrder(new ConsentInputStatus(status.validEvents(), 0));
    PAssert.that(
            consent
                .get(read.deadLetters())
                .apply("Unattributed", org.apache.beam.sdk.transforms.Filter.by(d -> d.userId() == null))
                .apply("CountUnattributed", org.apache.beam.sdk.transforms.Count.globally()))
        .containsInAnyOrder(status.unattributedBadRecords());
  }
}
