package io.traingate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Flink configuration directory for jobs the jar submits: retry a failed task, then fail. */
final class FlinkConfiguration {
  static final String RESTARTING =
      String.join(
          "\n",
          "# written by traingate for one run: retry a failed task before failing the job",
          "restart-strategy.type: fixed-delay",
          "restart-strategy.fixed-delay.attempts: 3",
          "restart-strategy.fixed-delay.delay: 2 s",
          "");

  private FlinkConfiguration() {}

  static Path writeRestartingConfiguration() throws IOException {
    Path dir = Files.createTempDirectory("traingate-flink-conf");
    Files.writeString(dir.resolve("flink-conf.yaml"), RESTARTING);
    dir.toFile().deleteOnExit();
    dir.resolve("flink-conf.yaml").toFile().deleteOnExit();
    return dir;
  }
}
