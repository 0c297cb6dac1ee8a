package io.traingate.generate;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code generate --conversations=N --users=M --output=DIR --seed=S [--gzip]}: writes synthetic
 * conversations and consent events in the data contract's formats, and DIR/CONSENT_AS_OF, as a
 * Beam pipeline (data-contract.md, "Commands of the bundled jar").
 */
public final class GenerateCommand {
  static final int EXIT_FAILED = 1;
  static final int EXIT_BAD_OPTIONS = 2;
  private static final String USAGE =
      "Usage: java -jar traingate-bundled.jar generate --conversations=N --users=M --output=DIR --seed=S [--gzip]"
          + " [--consentShare=0.3] [--badRecordShare=0.001] [--numShards=N] [Beam options such as --runner]";

  private GenerateCommand() {}

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    if (Arrays.asList(args).contains("--help")) {
      out.println(USAGE);
      out.println();
      PipelineOptionsFactory.printHelp(out, GenerateOptions.class);
      return 0;
    }
    PipelineOptionsFactory.register(GenerateOptions.class);
    GenerateOptions options;
    GenerationSettings settings;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(GenerateOptions.class);
      settings = GenerationSettings.from(options);
    } catch (IllegalArgumentException | GenerationSettings.InvalidSettingsException e) {
      err.println("traingate generate: cannot start:");
      for (String problem : e.getMessage().split("\n")) {
        err.println("  " + problem);
      }
      err.println(USAGE);
      return EXIT_BAD_OPTIONS;
    }
    FileSystems.setDefaultPipelineOptions(options);
    int replaced = OutputDirectory.removeEarlierRun(settings);
    if (replaced > 0) {
      out.println("Replacing " + replaced + " files of an earlier run under " + settings.output());
    }

    long started = System.nanoTime();
    Pipeline pipeline = Pipeline.create(options);
    GeneratePipeline.build(pipeline, settings);
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      err.println("traingate generate: the job ended in state " + state);
      return EXIT_FAILED;
    }
    OutputDirectory.writeConsentAsOf(settings);
    printSummary(out, settings, counters(result), Duration.ofNanos(System.nanoTime() - started));
    return 0;
  }

  private static void printSummary(PrintStream out, GenerationSettings settings, Map<String, Long> counters, Duration took) {
    out.printf("Generated in %.1f s into %s (seed %d):%n", took.toMillis() / 1000.0, settings.output(), settings.seed());
    for (GeneratedFiles files : GeneratedFiles.values()) {
      out.printf(
          "  %-13s %d lines in %d %s, %d deliberately bad%n",
          files.prefix() + ":",
          counters.getOrDefault(files.prefix() + ".lines", 0L),
          files.shards(settings),
          files.shards(settings) == 1 ? "file" : "files",
          counters.getOrDefault(files.prefix() + ".deliberately_bad", 0L));
    }
    out.printf("  personal entities planted in conversations: %d%n", counters.getOrDefault("conversations.entities_planted", 0L));
    out.printf("  CONSENT_AS_OF: %s%n", TimeWindow.CONSENT_AS_OF);
    String dir = settings.output().endsWith("/") ? settings.output() : settings.output() + "/";
    out.println("Run the gate on it:");
    out.printf(
        "  java -jar target/traingate-bundled.jar --conversations='%sconversations-*' --consent='%sconsent-*' --consentAsOf=%s --output=OUT%n",
        dir, dir, TimeWindow.CONSENT_AS_OF);
  }

  /** The generator's counters; committed values where the runner has them, else attempted. */
  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new HashMap<>();
    MetricsFilter filter = MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(WriteGeneratedShards.METRICS_NAMESPACE)).build();
    for (MetricResult<Long> counter : result.metrics().queryMetrics(filter).getCounters()) {
      long value;
      try {
        value = counter.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = counter.getAttempted();
      }
      counters.merge(counter.getName().getName(), value, Long::sum);
    }
    return counters;
  }
}
