package io.traingate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command to its end and measures it: wall time from start to exit, and the peak
 * resident memory the kernel records for the process ({@code VmHWM} in {@code /proc/PID/status},
 * read every {@value #POLL_MILLIS} ms while it runs; where there is no {@code /proc}, unknown).
 */
final class MeasuredProcess {
  static final long POLL_MILLIS = 100;

  /** How a run ended. */
  record Outcome(int status, double seconds, long peakRssBytes) {}

  private MeasuredProcess() {}

  static Outcome run(List<String> command, Path stdout, Path stderr) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    long peak = Measurement.UNKNOWN;
    try {
      do {
        // the high-water mark only grows: the last reading before the exit is the peak
        peak = Math.max(peak, readPeak(status));
      } while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Outcome(process.exitValue(), seconds, peak);
  }

  private static long readPeak(Path status) {
    try {
      return peakRssBytes(Files.readString(status));
    } catch (IOException | RuntimeException e) {
      // gone (the process ended between two readings) or no /proc on this system
      return Measurement.UNKNOWN;
    }
  }

  /** The {@code VmHWM:   123456 kB} line of a {@code /proc/PID/status} text, in bytes; unknown if absent. */
  static long peakRssBytes(String procStatus) {
    for (String line : procStatus.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
      }
    }
    return Measurement.UNKNOWN;
  }
}
