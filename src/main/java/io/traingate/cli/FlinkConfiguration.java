package io.traingate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * The Flink configuration directory the jar writes for its jobs (retry a failed task, then
 * fail), and where a job's REST endpoint is.
 */
final class FlinkConfiguration {
  private FlinkConfiguration() {}

  static Path writeForJob() throws IOException {
    Path dir = Files.createTempDirectory("traingate-flink-conf");
    Path file = dir.resolve("flink-conf.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "# written by traingate for one run: retry a failed task before failing the job",
            "restart-strategy.type: fixed-delay",
            "restart-strategy.fixed-delay.attempts: 3",
            "restart-strategy.fixed-delay.delay: 2 s",
            ""));
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    return dir;
  }

  /**
   * {@code host:port} of a session cluster's REST endpoint, or null for the embedded cluster
   * ({@code [local]}), whose endpoint the runner does not expose.
   */
  static String restAddress(FlinkPipelineOptions options) {
    String master = options.getFlinkMaster();
    if (master != null && master.matches("(https?://)?[^\\[\\]/]+:\\d+")) {
      return master.replaceFirst("^https?://", "");
    }
    return null;
  }
}
