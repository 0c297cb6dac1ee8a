package io.traingate.bench;

/**
 * One timed run of the job in its own JVM.
 *
 * @param runner the runner's short name ({@code direct}, {@code flink})
 * @param size conversations in the input
 * @param seconds wall time of the child JVM, from start to exit (JVM start and graph building included)
 * @param peakRssBytes the child's peak resident memory (Linux VmHWM), or {@link #UNKNOWN}
 * @param inputBytes bytes of the input files (conversations and consent, uncompressed JSON)
 */
public record Measurement(String runner, long size, Mode mode, double seconds, long peakRssBytes, long inputBytes) {
  public static final long UNKNOWN = -1;

  public Measurement {
    if (size <= 0 || !(seconds > 0) || inputBytes < 0) {
      throw new IllegalArgumentException("a measurement needs a positive size and time: " + size + ", " + seconds + " s");
    }
  }

  public double conversationsPerSecond() {
    return size / seconds;
  }

  public boolean peakKnown() {
    return peakRssBytes >= 0;
  }
}
