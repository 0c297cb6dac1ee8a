package io.traingate.transforms;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.LineReader;
import io.traingate.ingest.ParseOutcome;
import io.traingate.ingest.RawLine;
import io.traingate.ingest.RecordParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads JSONL files (plain or .gz) matching a pattern and parses every line: each becomes a
 * record under {@link #records()} or a {@link DeadLetter} under {@link #deadLetters()}, with its
 * file and line. Nothing is dropped; a file that breaks off (truncated gzip) leaves a dead letter
 * for its unreadable rest.
 */
public final class ReadRecords<T> extends RecordSource<T> {
  public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

  private final RecordParser<T> parser;
  private final Coder<T> coder;
  private final String filepattern;
  private final int maxRecordBytes;
  private final TupleTag<T> records = new TupleTag<>() {};
  private final TupleTag<DeadLetter> deadLetters = new TupleTag<>() {};

  private ReadRecords(RecordParser<T> parser, Coder<T> coder, String filepattern, int maxRecordBytes) {
    this.parser = parser;
    this.coder = coder;
    this.filepattern = filepattern;
    this.maxRecordBytes = maxRecordBytes;
  }

  public static <T> ReadRecords<T> using(RecordParser<T> parser, Coder<T> coder) {
    return new ReadRecords<>(checkNotNull(parser, "parser"), checkNotNull(coder, "coder"), null, DEFAULT_MAX_RECORD_BYTES);
  }

  public ReadRecords<T> from(String newFilepattern) {
    checkArgument(newFilepattern != null && !newFilepattern.isBlank(), "a file pattern is required");
    return new ReadRecords<>(parser, coder, newFilepattern, maxRecordBytes);
  }

  public ReadRecords<T> withMaxRecordBytes(int newMaxRecordBytes) {
    checkArgument(newMaxRecordBytes > 0, "maxRecordBytes must be positive, got %s", newMaxRecordBytes);
    return new ReadRecords<>(parser, coder, filepattern, newMaxRecordBytes);
  }

  @Override
  public TupleTag<T> records() {
    return records;
  }

  @Override
  public TupleTag<DeadLetter> deadLetters() {
    return deadLetters;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    checkArgument(filepattern != null, "call from(filepattern) before applying ReadRecords");
    PCollectionTuple parsed =
        begin
            .apply("MatchFiles", FileIO.match().filepattern(filepattern).withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
            .apply("OpenFiles", FileIO.readMatches())
            .apply(
                "ParseLines",
                ParDo.of(new ParseLinesFn<>(parser, maxRecordBytes, records, deadLetters))
                    .withOutputTags(records, TupleTagList.of(deadLetters)));
    parsed.get(records).setCoder(coder);
    parsed.get(deadLetters).setCoder(DeadLetterCoder.of());
    return parsed;
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder
        .add(DisplayData.item("filepattern", filepattern).withLabel("Input files"))
        .add(DisplayData.item("maxRecordBytes", maxRecordBytes).withLabel("Record size limit"));
  }

  /** Reads one file line by line and parses each line. */
  private static final class ParseLinesFn<T> extends DoFn<FileIO.ReadableFile, T> {
    private final RecordParser<T> parser;
    private final int maxRecordBytes;
    private final TupleTag<T> records;
    private final TupleTag<DeadLetter> deadLetters;

    ParseLinesFn(RecordParser<T> parser, int maxRecordBytes, TupleTag<T> records, TupleTag<DeadLetter> deadLetters) {
      this.parser = parser;
      this.maxRecordBytes = maxRecordBytes;
      this.records = records;
      this.deadLetters = deadLetters;
    }

    @ProcessElement
    public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
      String path = file.getMetadata().resourceId().toString();
      long linesRead = 0;
      try (InputStream in = Channels.newInputStream(file.open())) {
        LineReader reader = new LineReader(in, maxRecordBytes);
        RawLine line;
        while ((line = reader.next()) != null) {
          linesRead = line.number();
          ParseOutcome<T> outcome = parser.parseLine(line, maxRecordBytes);
          if (outcome.isParsed()) {
            out.get(records).output(outcome.value());
          } else {
            out.get(deadLetters).output(DeadLetter.of(outcome.rejection(), path + ":" + line.number(), line));
          }
        }
      } catch (IOException e) {
        // A corrupt or truncated file is bad input, not a reason to fail the job: record what is lost.
        out.get(deadLetters).output(DeadLetter.unreadableRest(path, linesRead));
      }
    }
  }
}
