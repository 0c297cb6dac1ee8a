package io.traingate.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes one kind of generated file: shard {@code s} of {@code S} holds, in index order, the
 * lines of the contiguous index range {@code [s·N/S, (s+1)·N/S)}. Its output is the names of the
 * files written.
 *
 * <p>Shards, not records, are the elements: TextIO would shuffle records into shards in an order
 * that depends on bundles and runner, and the files must be the same byte for byte for a seed.
 * Writing a whole range from one element needs no shuffle of the data, streams it to the file,
 * and a retried element rewrites its file with the same bytes. The shard numbers are reshuffled
 * so that a runner spreads them over its workers.
 */
final class WriteGeneratedShards extends PTransform<PBegin, PCollection<String>> {
  static final String METRICS_NAMESPACE = "traingate.generate";

  private final GeneratedFiles files;
  private final GenerationSettings settings;

  WriteGeneratedShards(GeneratedFiles files, GenerationSettings settings) {
    checkArgument(files.shards(settings) > 0, "at least one shard is needed for %s", files.prefix());
    this.files = files;
    this.settings = settings;
  }

  @Override
  public PCollection<String> expand(PBegin begin) {
    return begin
        .apply("ShardNumbers", GenerateSequence.from(0).to(files.shards(settings)))
        .apply("ToInt", MapElements.into(TypeDescriptors.integers()).via(Long::intValue))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply("WriteShard", ParDo.of(new WriteShardFn(files, settings)));
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder
        .add(DisplayData.item("files", files.prefix()).withLabel("Kind of file"))
        .add(DisplayData.item("indices", files.indices(settings)).withLabel("Records or users"))
        .add(DisplayData.item("shards", files.shards(settings)).withLabel("Files"))
        .add(DisplayData.item("seed", settings.seed()).withLabel("Seed"));
  }

  /** Generates one shard's index range into its file. */
  private static final class WriteShardFn extends DoFn<Integer, String> {
    private final GeneratedFiles files;
    private final GenerationSettings settings;
    private final Counter lines;
    private final Counter badLines;
    private final Counter entitiesPlanted;
    private transient RecordGenerator generator;

    WriteShardFn(GeneratedFiles files, GenerationSettings settings) {
      this.files = files;
      this.settings = settings;
      this.lines = Metrics.counter(METRICS_NAMESPACE, files.prefix() + ".lines");
      this.badLines = Metrics.counter(METRICS_NAMESPACE, files.prefix() + ".deliberately_bad");
      this.entitiesPlanted = Metrics.counter(METRICS_NAMESPACE, files.prefix() + ".entities_planted");
    }

    @Setup
    public void setUp() {
      // Datafaker is costly to set up: one generator per DoFn instance, reseeded per record
      generator = files.generator(settings);
    }

    @ProcessElement
    public void processElement(@Element Integer shard, OutputReceiver<String> out) throws IOException {
      long indices = files.indices(settings);
      int shards = files.shards(settings);
      long from = indexAt(shard, indices, shards);
      long to = indexAt(shard + 1, indices, shards);
      ResourceId file = files.shardFile(settings, shard);
      try (Writer writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  Channels.newOutputStream(files.compression(settings).writeCompressed(FileSystems.create(file, MimeTypes.TEXT))),
                  StandardCharsets.UTF_8),
              1 << 16)) {
        for (long index = from; index < to; index++) {
          generator.generate(
              index,
              line -> {
                write(writer, line.json());
                lines.inc();
                if (line.deliberatelyBad()) {
                  badLines.inc();
                }
                entitiesPlanted.inc(line.entitiesPlanted());
              });
        }
      }
      out.output(file.toString());
    }

    /** The first index of a shard: shards differ in size by at most one index. */
    static long indexAt(int shard, long indices, int shards) {
      return Math.multiplyExact(indices, (long) shard) / shards;
    }

    private static void write(Writer writer, String json) {
      try {
        writer.write(json);
        writer.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
