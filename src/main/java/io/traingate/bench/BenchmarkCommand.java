package io.traingate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code benchmark}: on this machine, generates each input size once, then times the floor
 * ({@code --passThrough}) and the full job alternately on each runner, each run in its own JVM
 * of this jar with a fixed heap, and prints conversations and MB per second, the full job's time
 * over the floor's, peak memory and the cost per conversation (issue 7, item 3).
 *
 * <p>Plain orchestration: every job runs in a child process, so that each run starts from a
 * fresh JVM as a user's would and its peak memory is its own.
 */
public final class BenchmarkCommand {
  static final int EXIT_FAILED = 1;
  static final int EXIT_BAD_ARGUMENTS = 2;
  private static final int STDERR_TAIL_LINES = 30;

  private final BenchmarkSettings settings;
  private final List<String> launcher;
  private final PrintStream out;
  private final PrintStream err;
  private final List<Measurement> measurements = new ArrayList<>();

  private BenchmarkCommand(BenchmarkSettings settings, List<String> launcher, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.launcher = launcher;
    this.out = out;
    this.err = err;
  }

  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws Exception {
    if (List.of(args).contains("--help")) {
      out.println(BenchmarkSettings.USAGE);
      return 0;
    }
    BenchmarkSettings settings;
    try {
      settings = BenchmarkSettings.parse(args);
    } catch (BenchmarkSettings.InvalidArgumentsException e) {
      err.println("traingate benchmark: cannot start:");
      for (String problem : e.getMessage().split("\n")) {
        err.println("  " + problem);
      }
      err.println(BenchmarkSettings.USAGE);
      return EXIT_BAD_ARGUMENTS;
    }
    Thread killChildren = new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy));
    Runtime.getRuntime().addShutdownHook(killChildren);
    try {
      return new BenchmarkCommand(settings, launcher(settings.heap()), out, err).run();
    } finally {
      Runtime.getRuntime().removeShutdownHook(killChildren);
    }
  }

  private int run() throws IOException, InterruptedException {
    Files.createDirectories(settings.workdir().resolve("logs"));
    out.print(Machine.describe());
    out.printf(
        Locale.ROOT,
        "Benchmark: sizes %s, %d repeat(s) of floor then full per runner, runners %s, child heap -Xmx%s, work directory %s%n%n",
        settings.sizes(),
        settings.repeats(),
        settings.runners().stream().map(BenchRunner::id).toList(),
        settings.heap(),
        settings.workdir());
    Path key = writeKey();
    boolean completed = true;
    sizes:
    for (long size : settings.sizes()) {
      Path input = settings.workdir().resolve("input-" + size);
      if (!generate(size, input)) {
        completed = false;
        break;
      }
      String consentAsOf = Files.readString(input.resolve("CONSENT_AS_OF"), StandardCharsets.UTF_8).trim();
      long inputBytes = inputBytes(input);
      out.printf(Locale.ROOT, "  input: %.2f MB of JSON (conversations and consent)%n", inputBytes / BenchmarkReport.MB);
      for (BenchRunner runner : settings.runners()) {
        for (int repeat = 1; repeat <= settings.repeats(); repeat++) {
          for (Mode mode : Mode.values()) {
            Measurement measured = runJob(runner, size, mode, repeat, input, consentAsOf, key, inputBytes);
            if (measured == null) {
              completed = false;
              break sizes;
            }
            measurements.add(measured);
          }
        }
      }
    }
    BenchmarkReport report = new BenchmarkReport(measurements);
    Map<String, String> describe = new LinkedHashMap<>();
    for (BenchRunner runner : settings.runners()) {
      describe.put(runner.id(), String.join(" ", runner.options()) + ", child -Xmx" + settings.heap() + ", median of the repeats");
    }
    String text = report.render(describe);
    out.println();
    out.println("Results (wall time of each child JVM, start to exit; MB = 10^6 bytes; peak = highest VmHWM over the repeats):");
    out.print(text);
    out.println("Load average at the end: " + Machine.loadAverage());
    Files.writeString(settings.workdir().resolve("report.txt"), Machine.describe() + text, StandardCharsets.UTF_8);
    Files.writeString(settings.workdir().resolve("measurements.csv"), report.csv(), StandardCharsets.UTF_8);
    out.println("Written: " + settings.workdir().resolve("report.txt") + ", " + settings.workdir().resolve("measurements.csv"));
    if (!completed) {
      err.println("traingate benchmark: stopped at the first failed run; the figures above are incomplete.");
      return EXIT_FAILED;
    }
    return 0;
  }

  /** Generates the input of one size (uncompressed, so MB/s counts JSON bytes); false if it failed. */
  private boolean generate(long size, Path input) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(
        List.of(
            "generate",
            "--conversations=" + size,
            "--users=" + settings.users(size),
            "--seed=" + settings.seed(),
            "--output=" + input));
    out.printf(Locale.ROOT, "== %d conversations: generating the input%n", size);
    MeasuredProcess.Outcome outcome = runLogged(command, "generate-" + size);
    if (outcome == null) {
      return false;
    }
    out.printf(Locale.ROOT, "  generated in %.1f s%n", outcome.seconds());
    return true;
  }

  private Measurement runJob(
      BenchRunner runner, long size, Mode mode, int repeat, Path input, String consentAsOf, Path key, long inputBytes)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(launcher);
    command.add("--conversations=" + input.resolve("conversations-*"));
    command.add("--consent=" + input.resolve("consent-*"));
    command.add("--consentAsOf=" + consentAsOf);
    command.add("--output=" + settings.workdir().resolve("out-" + runner.id() + "-" + mode.label()));
    command.add("--pseudonymKeyFile=" + key);
    if (mode == Mode.FLOOR) {
      command.add("--passThrough");
    }
    command.addAll(runner.options());
    MeasuredProcess.Outcome outcome = runLogged(command, size + "-" + runner.id() + "-" + mode.label() + "-" + repeat);
    if (outcome == null) {
      return null;
    }
    out.printf(
        Locale.ROOT,
        "  %-6s %-5s repeat %d: %8.2f s, %9.1f conv/s, peak %s%n",
        runner.id(),
        mode.label(),
        repeat,
        outcome.seconds(),
        size / outcome.seconds(),
        outcome.peakRssBytes() == Measurement.UNKNOWN ? "n/a" : String.format(Locale.ROOT, "%.0f MB", outcome.peakRssBytes() / BenchmarkReport.MB));
    return new Measurement(runner.id(), size, mode, outcome.seconds(), outcome.peakRssBytes(), inputBytes);
  }

  /** Prints the command line, runs it with its output in logs/NAME.out and .err; null (and the error's tail) if it failed. */
  private MeasuredProcess.Outcome runLogged(List<String> command, String name) throws IOException, InterruptedException {
    out.println("  $ " + CommandLine.quote(command));
    out.flush();
    Path stdout = settings.workdir().resolve("logs/" + name + ".out");
    Path stderr = settings.workdir().resolve("logs/" + name + ".err");
    MeasuredProcess.Outcome outcome = MeasuredProcess.run(command, stdout, stderr);
    if (outcome.status() != 0) {
      err.printf(
          Locale.ROOT,
          "traingate benchmark: %s exited with status %d%s after %.1f s; the end of %s:%n",
          name,
          outcome.status(),
          outcome.status() > 128 ? " (ended by signal " + (outcome.status() - 128) + " from outside)" : "",
          outcome.seconds(),
          stderr);
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size()).forEach(line -> err.println("  | " + line));
      return null;
    }
    return outcome;
  }

  /** A random pseudonym key for the runs, as in production (the development key would print a warning each time). */
  private Path writeKey() throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path file = settings.workdir().resolve("pseudonym.key");
    Files.writeString(file, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
    return file;
  }

  private static long inputBytes(Path input) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(input, "{conversations,consent}-*")) {
      for (Path file : files) {
        bytes += Files.size(file);
      }
    }
    return bytes;
  }

  /**
   * The start of a child's command line: this JVM's java binary with the fixed heap, then this
   * jar (or, when not run from a jar, this class path and the jar's main class).
   */
  static List<String> launcher(String heap) {
    String java =
        ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path code;
    try {
      code = Path.of(io.traingate.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where the jar is", e);
    }
    if (Files.isRegularFile(code)) {
      return List.of(java, "-Xmx" + heap, "-jar", code.toString());
    }
    return List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), io.traingate.cli.Main.class.getName());
  }
}
