package io.traingate.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensible batch settings per runner, added only where the user did not choose: on Flink the
 * DoFns never mutate their input, so copies between chained operators can be skipped
 * ({@code --fasterCopy}), and a failed task is retried rather than failing the job.
 */
final class RunnerDefaults {
  private static final Map<String, String> FLINK = new LinkedHashMap<>();

  static {
    FLINK.put("--fasterCopy", "true");
    FLINK.put("--numberOfExecutionRetries", "3");
    FLINK.put("--executionRetryDelay", "2000");
  }

  private RunnerDefaults() {}

  static String[] apply(String[] args) {
    String runner = OptionArgs.value(args, "--runner");
    if (runner == null || !runner.endsWith("FlinkRunner")) {
      return args;
    }
    List<String> completed = new ArrayList<>(Arrays.asList(args));
    FLINK.forEach(
        (name, value) -> {
          if (!OptionArgs.isGiven(args, name)) {
            completed.add(name + "=" + value);
          }
        });
    return completed.toArray(String[]::new);
  }
}
