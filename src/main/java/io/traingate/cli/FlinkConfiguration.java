package io.traingate.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.runners.flink.FlinkPipelineOptions;

/**
 * The Flink configuration directory the jar writes for its jobs (retry a failed task, then
 * fail), and where a job's REST endpoint is, so that the client can print progress from it.
 */
final class FlinkConfiguration {
  private static final String FILE = "flink-conf.yaml";
  private static final Pattern REST_PORT = Pattern.compile("(?m)^rest\\.port:\\s*(\\d+)\\s*$");

  private FlinkConfiguration() {}

  /**
   * @param embedded true for Flink's embedded cluster ({@code [local]}), which then serves its
   *     REST API on a free port of the loopback interface only
   */
  static Path writeForJob(boolean embedded) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "# written by traingate for one run: retry a failed task before failing the job",
        "restart-strategy.type: fixed-delay",
        "restart-strategy.fixed-delay.attempts: 3",
        "restart-strategy.fixed-delay.delay: 2 s"));
    if (embedded) {
      int port = freeLoopbackPort();
      lines.addAll(List.of(
          "# the embedded cluster's REST API, for the client's progress lines; reachable from this machine only",
          "rest.bind-address: localhost",
          "rest.address: localhost",
          "rest.bind-port: " + port,
          "rest.port: " + port));
    }
    Path dir = Files.createTempDirectory("traingate-flink-conf");
    Path file = dir.resolve(FILE);
    Files.writeString(file, String.join("\n", lines) + "\n");
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    return dir;
  }

  /** True for a master that starts Flink's embedded cluster in this JVM. */
  static boolean isEmbedded(String flinkMaster) {
    return flinkMaster == null || flinkMaster.equals("[local]") || flinkMaster.equals("[auto]");
  }

  /**
   * {@code host:port} of the job's REST endpoint: the session cluster's, or the embedded
   * cluster's when its configuration names a port; null when unknown.
   */
  static String restAddress(FlinkPipelineOptions options) throws IOException {
    String master = options.getFlinkMaster();
    if (master != null && master.matches("(https?://)?[^\\[\\]/]+:\\d+")) {
      return master.replaceFirst("^https?://", "");
    }
    if (!isEmbedded(master) || options.getFlinkConfDir() == null) {
      return null;
    }
    Path file = Path.of(options.getFlinkConfDir(), FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Matcher port = REST_PORT.matcher(Files.readString(file));
    return port.find() ? "localhost:" + port.group(1) : null;
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
