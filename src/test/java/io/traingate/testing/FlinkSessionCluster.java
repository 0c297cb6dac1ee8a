package io.traingate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Flink session cluster (one JobManager, one TaskManager) on 127.0.0.1, started and stopped
 * through {@code pipelines/flink/cluster}, on free ports so that it does not clash with a cluster a
 * person started with the defaults, nor with another test's.
 *
 * <p>As a JUnit 5 extension on a static field, it starts before the first test of the class and
 * stops after the last one, whether the tests passed or not:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FlinkSessionCluster FLINK = FlinkSessionCluster.onFreePorts();
 * ... "--flinkMaster=" + FLINK.restAddress()
 * }</pre>
 *
 * <p>Or by hand: {@code try (var flink = FlinkSessionCluster.onFreePorts().start()) { ... }}. A JVM
 * shutdown hook stops a cluster that nobody stopped, for a test JVM that ends abruptly.
 */
public final class FlinkSessionCluster implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  private static final String HOST = "127.0.0.1";
  private static final int SLOTS = 2;
  private static final int PARALLELISM = 2;
  private static final int LOWEST_PORT = 20_000;
  private static final int EPHEMERAL_RANGE_START = 32_768;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  /** Beyond the script's own timeouts: the first start resolves the classpath with Maven. */
  private static final Duration SCRIPT_MARGIN = Duration.ofSeconds(120);

  private final Path script;
  private final Path runDirectory;
  private final int restPort;
  private final int jobManagerRpcPort;
  private final int taskManagerRpcPort;
  private final int taskManagerDataPort;
  private Thread shutdownHook;

  private FlinkSessionCluster(Path script, int restPort, int jobManagerRpcPort,
      int taskManagerRpcPort, int taskManagerDataPort) {
    this.script = script;
    this.restPort = restPort;
    this.jobManagerRpcPort = jobManagerRpcPort;
    this.taskManagerRpcPort = taskManagerRpcPort;
    this.taskManagerDataPort = taskManagerDataPort;
    Path projectRoot = script.getParent().getParent().getParent();
    // under target/ so that `mvn clean` removes it and git ignores it; one per cluster
    this.runDirectory = projectRoot.resolve("target").resolve("flink-cluster-" + restPort);
  }

  /** A cluster, not yet started, on four loopback ports that are free now. */
  public static FlinkSessionCluster onFreePorts() {
    List<Integer> ports = freeLoopbackPorts(4);
    return new FlinkSessionCluster(findScript(), ports.get(0), ports.get(1), ports.get(2), ports.get(3));
  }

  /** Starts the cluster and returns once its TaskManager has registered its slots. */
  public synchronized FlinkSessionCluster start() {
    if (shutdownHook != null) {
      return this;
    }
    // registered first: if this JVM dies while the script starts the cluster, it still gets stopped
    shutdownHook = new Thread(this::stopQuietly, "stop-flink-session-cluster-" + restPort);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      runScript("start", START_TIMEOUT.plus(SCRIPT_MARGIN));
    } catch (RuntimeException startFailure) {
      try {
        stop();
      } catch (RuntimeException stopFailure) {
        startFailure.addSuppressed(stopFailure);
      }
      throw startFailure;
    }
    return this;
  }

  /** Stops both JVMs and waits until they are gone; does nothing if the cluster is not running. */
  public synchronized void stop() {
    runScript("stop", STOP_GRACE.plus(SCRIPT_MARGIN));
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shutdownInProgress) {
        // called from the hook itself: nothing left to remove
      }
      shutdownHook = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** {@code 127.0.0.1:PORT}: the value for {@code --flinkMaster}. */
  public String restAddress() {
    return HOST + ":" + restPort;
  }

  /** The REST API and web UI, e.g. {@code restUrl().resolve("overview")}. */
  public URI restUrl() {
    return URI.create("http://" + restAddress() + "/");
  }

  public int slots() {
    return SLOTS;
  }

  /** Every port the cluster listens on by configuration (REST, JobManager RPC, TaskManager RPC and data). */
  public List<Integer> ports() {
    return List.of(restPort, jobManagerRpcPort, taskManagerRpcPort, taskManagerDataPort);
  }

  /** Holds the generated flink-conf.yaml, the PID files and the logs ({@code log/}). */
  public Path runDirectory() {
    return runDirectory;
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      System.err.println("Could not stop the Flink session cluster in " + runDirectory + ": " + e.getMessage());
    }
  }

  private void runScript(String command, Duration timeout) {
    try {
      Files.createDirectories(runDirectory);
      Path output = runDirectory.resolve("cluster-" + command + ".out");
      ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command)
          .redirectErrorStream(true)
          // a file, not a pipe: nothing can hold our read open, and the output survives for a look
          .redirectOutput(output.toFile());
      Map<String, String> environment = builder.environment();
      environment.put("FLINK_RUN_DIR", runDirectory.toString());
      environment.put("FLINK_REST_PORT", Integer.toString(restPort));
      environment.put("FLINK_JM_RPC_PORT", Integer.toString(jobManagerRpcPort));
      environment.put("FLINK_TM_RPC_PORT", Integer.toString(taskManagerRpcPort));
      environment.put("FLINK_TM_DATA_PORT", Integer.toString(taskManagerDataPort));
      environment.put("FLINK_SLOTS", Integer.toString(SLOTS));
      environment.put("FLINK_PARALLELISM", Integer.toString(PARALLELISM));
      environment.put("FLINK_START_TIMEOUT", Long.toString(START_TIMEOUT.toSeconds()));
      environment.put("FLINK_STOP_GRACE", Long.toString(STOP_GRACE.toSeconds()));
      Process process = builder.start();
      boolean exited = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly().waitFor();
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      System.out.print(printed);
      if (!exited || process.exitValue() != 0) {
        throw new IllegalStateException(String.format("`%s %s` %s:%n%s", script, command,
            exited ? "failed with exit code " + process.exitValue() : "did not finish within " + timeout,
            printed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + script + " " + command, e);
    }
  }

  /** Found from the working directory up, so tests work from the project root and below it. */
  private static Path findScript() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("pipelines/flink/cluster");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("pipelines/flink/cluster not found in " + start + " or above");
  }

  /**
   * Picked below 32768, where Linux's ephemeral range starts: a port from that range could be taken
   * by any outgoing connection or port-0 bind (Flink's own blob server included) between the pick
   * and the cluster's bind (one run here lost its REST port that way).
   */
  private static List<Integer> freeLoopbackPorts(int count) {
    Set<Integer> ports = new LinkedHashSet<>();
    for (int attempt = 0; ports.size() < count && attempt < 1_000; attempt++) {
      int candidate = ThreadLocalRandom.current().nextInt(LOWEST_PORT, EPHEMERAL_RANGE_START);
      if (isFree(candidate)) {
        ports.add(candidate);
      }
    }
    if (ports.size() < count) {
      throw new IllegalStateException("no " + count + " free ports on " + HOST + " between "
          + LOWEST_PORT + " and " + EPHEMERAL_RANGE_START);
    }
    return List.copyOf(ports);
  }

  private static boolean isFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }
}
