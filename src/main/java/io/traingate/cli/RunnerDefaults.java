package io.traingate.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensible batch settings per runner, added only where the user did not choose. The gate's
 * DoFns never mutate their input: on Flink copies between chained operators can be skipped
 * ({@code --fasterCopy}); and a failed task is retried rather than failing the job, through a
 * Flink configuration with a restart strategy ({@code --flinkConfDir}: Beam's batch translation
 * ignores {@code --numberOfExecutionRetries}). On the DirectRunner the checks that catch mutating
 * DoFns are left to the tests (the immutability check walks the whole graph for every bundle and
 * dominated the sample job's time).
 */
final class RunnerDefaults {
  private static final Map<String, String> FLINK = new LinkedHashMap<>();
  private static final Map<String, String> DIRECT = new LinkedHashMap<>();

  static {
    FLINK.put("--fasterCopy", "true");
    // run() returns at once, so that progress can be printed while the job runs
    DIRECT.put("--blockOnRun", "false");
    DIRECT.put("--enforceImmutability", "false");
    DIRECT.put("--enforceEncodability", "false");
  }

  private RunnerDefaults() {}

  static String[] apply(String[] args) throws IOException {
    String runner = OptionArgs.value(args, "--runner");
    if (runner == null || runner.endsWith("DirectRunner")) {
      return withDefaults(args, DIRECT);
    }
    if (runner.endsWith("FlinkRunner")) {
      Map<String, String> flink = new LinkedHashMap<>(FLINK);
      if (!OptionArgs.isGiven(args, "--flinkConfDir")) {
        flink.put("--flinkConfDir", FlinkConfiguration.writeForJob(FlinkConfiguration.isEmbedded(OptionArgs.value(args, "--flinkMaster"))).toString());
      }
      return withDefaults(args, flink);
    }
    return args;
  }

  private static String[] withDefaults(String[] args, Map<String, String> defaults) {
    List<String> completed = new ArrayList<>(Arrays.asList(args));
    defaults.forEach(
        (name, value) -> {
          if (!OptionArgs.isGiven(args, name)) {
            completed.add(name + "=" + value);
          }
        });
    return completed.toArray(String[]::new);
  }
}
