package io.traingate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code target/traingate-bundled.jar} in its own JVM, as a user would. */
public final class BundledJar {
  private static final long TIMEOUT_MINUTES = 15;

  /** What one run left behind. */
  public record Result(int status, String out, String err) {}

  private BundledJar() {}

  /** The jar failsafe built ({@code traingate.bundledJar}), or the default path. */
  public static Path path() {
    return Path.of(System.getProperty("traingate.bundledJar", "target/traingate-bundled.jar")).toAbsolutePath();
  }

  /** Runs the jar with {@code args} from {@code workdir}; stdout and stderr are kept there too. */
  public static Result run(Path workdir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(path().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workdir, "stdout", ".txt");
    Path err = Files.createTempFile(workdir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command).directory(workdir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish within " + TIMEOUT_MINUTES + " minutes: " + String.join(" ", args));
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
