package io.traingate.dataflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.google.api.services.bigquery.model.TableFieldSchema;
import com.google.api.services.bigquery.model.TableSchema;
import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.ingest.ParseOutcome;
import io.traingate.io.ConsentRows;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.gcp.bigquery.SchemaAndRecord;
import org.junit.jupiter.api.Test;

/** A BigQuery row is validated as the consent line it stands for: same parser, same codes. */
class ConsentRowsTest {
  private static final long MAR_10_MICROS = Instant.parse("2026-03-10T00:00:00Z").toEpochMilli() * 1000;

  /** One column of a test table: its BigQuery type, its Avro type and the value in the row. */
  private record Column(String name, String bigQueryType, Schema avroType, Object value) {}

  private static Column string(String name, String value) {
    return new Column(name, "STRING", Schema.create(Schema.Type.STRING), value);
  }

  private static Column timestampMicros(String name, long micros) {
    return new Column(name, "TIMESTAMP", Schema.create(Schema.Type.LONG), micros);
  }

  private static ParseOutcome<ConsentEvent> parse(Column... columns) {
    SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record("row").fields();
    List<TableFieldSchema> tableFields = new ArrayList<>();
    for (Column column : columns) {
      fields = fields.name(column.name()).type(Schema.createUnion(Schema.create(Schema.Type.NULL), column.avroType())).noDefault();
      tableFields.add(new TableFieldSchema().setName(column.name()).setType(column.bigQueryType()).setMode("NULLABLE"));
    }
    GenericRecord record = new GenericData.Record(fields.endRecord());
    for (Column column : columns) {
      record.put(column.name(), column.value());
    }
    String line = ConsentRows.toJsonLine(new SchemaAndRecord(record, new TableSchema().setFields(tableFields)));
    return new ConsentParser().parse(line, line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTimestampColumnReadsAsTheInstantItHolds() {
    ParseOutcome<ConsentEvent> outcome =
        parse(string("user_id", "u1"), string("event", "opt_out"), timestampMicros("effective_at", MAR_10_MICROS + 250_000), string("source", "privacy_portal"));
    assertThat(
        outcome.value(),
        is(new ConsentEvent("u1", ConsentAction.OPT_OUT, Instant.parse("2026-03-10T00:00:00.250Z"), "privacy_portal")));
  }

  @Test
  void anInt64ColumnIsEpochMillisecondsAsInTheJsonForm() {
    ParseOutcome<ConsentEvent> outcome =
        parse(
            string("user_id", "u1"),
            string("event", "opt_in"),
            new Column("effective_at", "INT64", Schema.create(Schema.Type.LONG), MAR_10_MICROS / 1000));
    assertThat(outcome.value().effectiveAt(), is(Instant.parse("2026-03-10T00:00:00Z")));
  }

  @Test
  void aStringColumnWithAnIsoInstantIsAccepted() {
    ParseOutcome<ConsentEvent> outcome = parse(string("user_id", "u1"), string("event", "delete"), string("effective_at", "2026-03-10T02:00:00+02:00"));
    assertThat(outcome.value().effectiveAt(), is(Instant.parse("2026-03-10T00:00:00Z")));
  }

  @Test
  void aDatetimeWithoutZoneIsABadTimestampAttributedToItsUser() {
    ParseOutcome<ConsentEvent> outcome =
        parse(
            string("user_id", "u1"),
            string("event", "opt_out"),
            new Column("effective_at", "DATETIME", Schema.create(Schema.Type.STRING), "2026-03-10T00:00:00"));
    assertThat(outcome.rejection().code(), is(DeadLetterCode.BAD_TIMESTAMP));
    assertThat(outcome.rejection().userId(), is("u1"));
  }

  @Test
  void aNumericUserIdIsABadFieldTypeThatNamesNobody() {
    ParseOutcome<ConsentEvent> outcome =
        parse(
            new Column("user_id", "INT64", Schema.create(Schema.Type.LONG), 42L),
            string("event", "opt_out"),
            timestampMicros("effective_at", MAR_10_MICROS));
    assertThat(outcome.rejection().code(), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(outcome.rejection().userId(), nullValue());
  }

  @Test
  void aMissingColumnOrANullIsAMissingField() {
    assertThat(parse(string("user_id", "u1"), string("event", "opt_out")).rejection().code(), is(DeadLetterCode.MISSING_FIELD));
    assertThat(
        parse(string("user_id", null), string("event", "opt_out"), timestampMicros("effective_at", MAR_10_MICROS)).rejection().code(),
        is(DeadLetterCode.MISSING_FIELD));
  }

  @Test
  void anUnknownEventIsABadValueAndOtherColumnsAreIgnored() {
    ParseOutcome<ConsentEvent> outcome =
        parse(string("user_id", "u1"), string("event", "Opt-Out"), timestampMicros("effective_at", MAR_10_MICROS), string("note", "x"));
    assertThat(outcome.rejection().code(), is(DeadLetterCode.BAD_VALUE));
    ParseOutcome<ConsentEvent> withExtra =
        parse(string("user_id", "u1"), string("event", "opt_out"), timestampMicros("effective_at", MAR_10_MICROS), string("note", "x"));
    assertThat(withExtra.isParsed(), is(true));
  }
}
