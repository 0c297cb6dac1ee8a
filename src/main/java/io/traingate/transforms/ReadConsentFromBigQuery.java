package io.traingate.transforms;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.ParseOutcome;
import io.traingate.ingest.RawLine;
import io.traingate.ingest.RecordParser;
import io.traingate.io.BigQueryConsent;
import io.traingate.io.ConsentRows;
import io.traingate.policy.ConsentEvent;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryIO;
import org.apache.beam.sdk.io.gcp.bigquery.BigQueryServices;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads consent events from a BigQuery table or query: each row is turned into the JSON object of
 * a consent line ({@link ConsentRows}) and validated by the same {@link ConsentParser} as the JSONL
 * form, so a bad row becomes a {@link DeadLetter} with the same code, attributed to its user when
 * it names one (policy.md rules 6 and 7). A row has no line number; its dead letter's {@code
 * source} is {@code bigquery:PROJECT:DATASET.TABLE row H}, H a digest of the row as read, and its
 * {@code raw} is that row as JSON.
 *
 * <p>Rows are read with BigQueryIO's export method (an extract job into {@code --tempLocation}),
 * the method Beam's BigQuery test doubles serve.
 */
public final class ReadConsentFromBigQuery extends RecordSource<ConsentEvent> {
  private static final long serialVersionUID = 1L;

  private final BigQueryConsent input;
  private final int maxRecordBytes;
  private final BigQueryServices testServices;
  private final TupleTag<ConsentEvent> records = new TupleTag<>() {};
  private final TupleTag<DeadLetter> deadLetters = new TupleTag<>() {};

  private ReadConsentFromBigQuery(BigQueryConsent input, int maxRecordBytes, BigQueryServices testServices) {
    this.input = input;
    this.maxRecordBytes = maxRecordBytes;
    this.testServices = testServices;
  }

  public static ReadConsentFromBigQuery from(BigQueryConsent input) {
    return new ReadConsentFromBigQuery(checkNotNull(input, "input"), ReadRecords.DEFAULT_MAX_RECORD_BYTES, null);
  }

  public ReadConsentFromBigQuery withMaxRecordBytes(int newMaxRecordBytes) {
    checkArgument(newMaxRecordBytes > 0, "maxRecordBytes must be positive, got %s", newMaxRecordBytes);
    return new ReadConsentFromBigQuery(input, newMaxRecordBytes, testServices);
  }

  /** Reads through {@code services} (Beam's {@code FakeBigQueryServices}) without validating the table: for tests. */
  public ReadConsentFromBigQuery withTestServices(BigQueryServices services) {
    return new ReadConsentFromBigQuery(input, maxRecordBytes, checkNotNull(services, "services"));
  }

  @Override
  public TupleTag<ConsentEvent> records() {
    return records;
  }

  @Override
  public TupleTag<DeadLetter> deadLetters() {
    return deadLetters;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    BigQueryIO.TypedRead<String> read = BigQueryIO.read(ConsentRows::toJsonLine).withCoder(StringUtf8Coder.of());
    read = input.isQuery() ? read.fromQuery(input.query()).usingStandardSql() : read.from(input.table());
    if (testServices != null) {
      read = read.withTestServices(testServices).withoutValidation();
    }
    PCollectionTuple parsed =
        begin
            .apply("ReadRows", read)
            .apply(
                "ParseRows",
                ParDo.of(new ParseRowsFn(new ConsentParser(), input.sourceName(), maxRecordBytes, records, deadLetters))
                    .withOutputTags(records, TupleTagList.of(deadLetters)));
    parsed.get(records).setCoder(ConsentEventCoder.of());
    parsed.get(deadLetters).setCoder(DeadLetterCoder.of());
    return parsed;
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder
        .add(DisplayData.item("consentInput", input.sourceName()).withLabel("Consent input"))
        .add(DisplayData.item("maxRecordBytes", maxRecordBytes).withLabel("Record size limit"));
  }

  /** Validates each row, as JSON, with the consent line parser. */
  private static final class ParseRowsFn extends DoFn<String, ConsentEvent> {
    private final RecordParser<ConsentEvent> parser;
    private final String sourceName;
    private final int maxRecordBytes;
    private final TupleTag<ConsentEvent> records;
    private final TupleTag<DeadLetter> deadLetters;

    ParseRowsFn(
        RecordParser<ConsentEvent> parser,
        String sourceName,
        int maxRecordBytes,
        TupleTag<ConsentEvent> records,
        TupleTag<DeadLetter> deadLetters) {
      this.parser = parser;
      this.sourceName = sourceName;
      this.maxRecordBytes = maxRecordBytes;
      this.records = records;
      this.deadLetters = deadLetters;
    }

    @ProcessElement
    public void processElement(@Element String row, MultiOutputReceiver out) {
      byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
      RawLine line = new RawLine(0, bytes.length > maxRecordBytes ? null : bytes, bytes.length);
      ParseOutcome<ConsentEvent> outcome = parser.parseLine(line, maxRecordBytes);
      if (outcome.isParsed()) {
        out.get(records).output(outcome.value());
      } else {
        String source = sourceName + " row " + Hashing.murmur3_128().hashBytes(bytes).toString().substring(0, 16);
        out.get(deadLetters).output(DeadLetter.of(outcome.rejection(), source, line));
      }
    }
  }
}
