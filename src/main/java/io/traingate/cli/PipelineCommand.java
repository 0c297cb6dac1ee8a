package io.traingate.cli;

import io.traingate.audit.AuditSummary;
import io.traingate.io.InputFiles;
import io.traingate.io.OutputLayout;
import io.traingate.io.PreviousOutputs;
import io.traingate.options.TraingateOptions;
import io.traingate.pipeline.JobSettings;
import io.traingate.pipeline.TraingatePipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.dataflow.DataflowPipelineJob;
import org.apache.beam.runners.dataflow.options.DataflowPipelineOptions;
import org.apache.beam.runners.dataflow.util.DataflowTemplateJob;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the gate: checks the options, builds the graph, runs it and prints what it decided. */
final class PipelineCommand {
  static final int EXIT_BAD_OPTIONS = 2;
  static final int EXIT_FAILED = 1;

  private final PrintStream out;
  private final PrintStream err;

  PipelineCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] givenArgs) throws IOException {
    String[] args = givenArgs;
    if (args.length == 0) {
      out.println("No options given: running the sample profile " + LaunchProfiles.SAMPLE + " (DirectRunner over test-data/).");
      args = new String[] {"@" + LaunchProfiles.SAMPLE};
    }
    args = RunnerDefaults.apply(LaunchProfiles.expand(args));
    if (Arrays.asList(args).contains("--help")) {
      printHelp();
      return 0;
    }
    PipelineOptionsFactory.register(TraingateOptions.class);
    TraingateOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(TraingateOptions.class);
    } catch (IllegalArgumentException e) {
      return badOptions(e.getMessage());
    }
    FileSystems.setDefaultPipelineOptions(options);
    JobSettings settings;
    try {
      settings = JobSettings.from(options);
    } catch (JobSettings.InvalidOptionsException e) {
      return badOptions(e.getMessage());
    }
    if (settings.pseudonymKeyFile() == null) {
      err.println(
          "WARNING: no --pseudonymKeyFile given: using the fixed development key. Training ids and hashes are then"
              + " guessable; never use it on real data.");
    }
    // writing a template spec runs nothing: the earlier outputs stay until a job really starts
    if (options.as(DataflowPipelineOptions.class).getTemplateLocation() == null) {
      int replaced = PreviousOutputs.remove(settings.output());
      if (replaced > 0) {
        out.println("Replacing " + replaced + " files of an earlier run under " + settings.output().root());
      }
    }

    Pipeline pipeline = Pipeline.create(options);
    TraingatePipeline.build(pipeline, settings, ToolVersion.get());
    AtomicReference<PipelineResult> running = new AtomicReference<>();
    // Flink's client blocks in run() and gets metrics only at the end: read them from the cluster's REST API
    String flinkRest =
        options.getRunner().getSimpleName().equals("FlinkRunner")
            ? FlinkConfiguration.restAddress(options.as(FlinkPipelineOptions.class))
            : null;
    Supplier<Map<String, Long>> counters =
        flinkRest != null
            ? new FlinkRestProgress(flinkRest)
            : () -> running.get() == null ? Map.of() : JobMetrics.counters(running.get());
    PipelineResult.State state;
    try (ProgressPrinter progress = new ProgressPrinter(out, counters)) {
      progress.start();
      PipelineResult result = pipeline.run();
      if (result instanceof DataflowPipelineJob dataflowJob) {
        // the job runs (or will run, from a template) on Dataflow: nothing here to wait for or read
        reportDataflow(dataflowJob, options, settings);
        return 0;
      }
      running.set(result);
      state = result.waitUntilFinish();
    }
    if (state != PipelineResult.State.DONE) {
      err.println("traingate: the job ended in state " + state);
      return EXIT_FAILED;
    }
    AuditSummary summary =
        AuditSummary.fromJson(
            new String(InputFiles.readAll(settings.output().resolve(OutputLayout.SUMMARY).toString()), StandardCharsets.UTF_8));
    out.print(RunReport.render(summary, settings.output()));
    if (settings.passThrough()) {
      out.println("PASS-THROUGH run (benchmark floor): nothing was decided or redacted; this output is not training data.");
    }
    if (!summary.isBalanced()) {
      err.println("traingate: the audit is NOT balanced: some input conversation was not decided exactly once.");
      return EXIT_FAILED;
    }
    return 0;
  }

  /** What was created on Dataflow: a template (no job started) or a submitted job, and where its audit will be. */
  private void reportDataflow(DataflowPipelineJob job, TraingateOptions options, JobSettings settings) {
    DataflowPipelineOptions dataflow = options.as(DataflowPipelineOptions.class);
    if (job instanceof DataflowTemplateJob) {
      // also the path a Flex Template launcher takes: it starts the job from the spec written here
      out.println(
          "traingate: wrote the Dataflow job spec to " + dataflow.getTemplateLocation() + "; this command started no job.");
      return;
    }
    out.println("traingate: submitted Dataflow job " + job.getJobId() + " (project " + job.getProjectId() + ", region " + job.getRegion() + ").");
    out.println(
        "  Follow it at https://console.cloud.google.com/dataflow/jobs/"
            + job.getRegion()
            + "/"
            + job.getJobId()
            + "?project="
            + job.getProjectId()
            + " (the counters of namespace traingate are under Custom counters in the Job info panel).");
    out.println("  When it has finished, its audit is " + settings.output().resolve(OutputLayout.SUMMARY) + ".");
  }

  private int badOptions(String problems) {
    err.println("traingate: cannot start:");
    for (String problem : problems.split("\n")) {
      err.println("  " + problem);
    }
    err.println("Run with --help for the options.");
    return EXIT_BAD_OPTIONS;
  }

  private void printHelp() {
    out.println("Usage: java -jar traingate-bundled.jar [COMMAND] [--option=value ...] [@profile-file ...]");
    out.println();
    out.println("With no arguments the sample profile " + LaunchProfiles.SAMPLE + " runs on the DirectRunner.");
    out.println("@FILE reads options from FILE, one per line (# starts a comment).");
    out.println("Commands: scan (personal-information scanner, JSONL on stdin/stdout), evaluate FILES (scanner accuracy on");
    out.println("  labeled corpora), generate (synthetic data), benchmark (floor vs full job timings).");
    out.println("Beam's own options (--runner, --parallelism, ...) apply too.");
    out.println();
    PipelineOptionsFactory.printHelp(out, TraingateOptions.class);
  }
}
