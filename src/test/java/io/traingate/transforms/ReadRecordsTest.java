package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.traingate.ingest.ConsentParser;
import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.policy.ConsentEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadRecordsTest {
  private static final String OPT_OUT = "{\"user_id\":\"u1\",\"event\":\"opt_out\",\"effective_at\":\"2026-03-10T00:00:00Z\"}";
  private static final String OPT_IN = "{\"user_id\":\"u2\",\"event\":\"opt_in\",\"effective_at\":1767225600000}";

  @TempDir Path dir;

  @Test
  void readsPlainAndGzipFilesAndDeadLettersBadLinesWithFileAndLine(TestPipeline pipeline) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), OPT_OUT + "\n" + "not json\n" + "\n");
    writeGzip(dir.resolve("b.jsonl.gz"), (OPT_IN + "\r\n" + "{\"user_id\":\"u3\",\"event\":\"maybe\",\"effective_at\":\"2026-01-01T00:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8));

    ReadRecords<ConsentEvent> read = ReadRecords.using(new ConsentParser(), ConsentEventCoder.of()).from(dir + "/*");
    PCollectionTuple result = pipeline.apply(read);

    PAssert.that(result.get(read.records()))
        .satisfies(
            events -> {
              List<String> users = new ArrayList<>();
              events.forEach(event -> users.add(event.userId()));
              assertThat(users, containsInAnyOrder("u1", "u2"));
              return null;
            });
    PAssert.that(result.get(read.deadLetters()))
        .satisfies(
            deadLetters -> {
              List<String> found = new ArrayList<>();
              deadLetters.forEach(d -> found.add(d.code() + "@" + d.source().substring(d.source().lastIndexOf('/') + 1)));
              assertThat(found, containsInAnyOrder("MALFORMED_JSON@a.jsonl:2", "MALFORMED_JSON@a.jsonl:3", "BAD_VALUE@b.jsonl.gz:2"));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aTruncatedGzipFileKeepsItsReadableLinesAndDeadLettersTheRest(TestPipeline pipeline) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append(OPT_OUT.replace("u1", "user-" + i)).append('\n');
    }
    Path full = dir.resolve("full.gz");
    writeGzip(full, lines.toString().getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(full);
    Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    Files.delete(full);

    ReadRecords<ConsentEvent> read = ReadRecords.using(new ConsentParser(), ConsentEventCoder.of()).from(dir + "/*.jsonl.gz");
    PCollectionTuple result = pipeline.apply(read);

    PAssert.that(result.get(read.deadLetters()))
        .satisfies(
            deadLetters -> {
              List<DeadLetter> all = new ArrayList<>();
              deadLetters.forEach(all::add);
              assertThat(all, hasSize(1));
              DeadLetter rest = all.get(0);
              assertThat(rest.code(), is(DeadLetterCode.MALFORMED_JSON));
              assertThat(rest.source(), endsWith("truncated.jsonl.gz"));
              assertThat(rest.detail(), containsString("cannot be read after line"));
              assertThat(rest.userId(), nullValue());
              return null;
            });
    PAssert.that(result.get(read.records()))
        .satisfies(
            events -> {
              List<ConsentEvent> all = new ArrayList<>();
              events.forEach(all::add);
              assertThat(all, not(hasSize(0)));
              assertThat(all.size() < 2000, is(true));
              assertThat(all, everyItem(not(nullValue())));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLineOverTheLimitIsDeadLetteredAsTooLargeWithoutItsContent(TestPipeline pipeline) throws IOException {
    String big = "{\"user_id\":\"u9\",\"event\":\"opt_out\",\"effective_at\":\"2026-03-10T00:00:00Z\",\"source\":\"" + "x".repeat(500) + "\"}";
    Files.writeString(dir.resolve("c.jsonl"), big + "\n" + OPT_OUT + "\n");

    ReadRecords<ConsentEvent> read =
        ReadRecords.using(new ConsentParser(), ConsentEventCoder.of()).from(dir + "/c.jsonl").withMaxRecordBytes(200);
    PCollectionTuple result = pipeline.apply(read);

    PAssert.that(result.get(read.deadLetters()))
        .satisfies(
            deadLetters -> {
              DeadLetter only = deadLetters.iterator().next();
              assertThat(only.code(), is(DeadLetterCode.TOO_LARGE));
              assertThat(only.source(), endsWith("c.jsonl:1"));
              assertThat(only.raw(), nullValue());
              return null;
            });
    PAssert.that(result.get(read.records())).satisfies(events -> {
      assertThat(events.iterator().next().userId(), is("u1"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static void writeGzip(Path path, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
      out.write(content);
    }
  }
}
