package io.traingate.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The benchmark's figures from its measurements (plain Java, no processes): per runner, size and
 * job the median time over the repeats and what follows from it, the full job's time as a ratio
 * of the floor's, and how the cost of one conversation changes from the smallest size to the
 * largest.
 */
public final class BenchmarkReport {
  static final double MB = 1_000_000.0;

  /**
   * The figures of one runner, size and job.
   *
   * @param seconds median wall time over the repeats
   * @param peakRssBytes the highest peak over the repeats, or {@link Measurement#UNKNOWN}
   */
  public record Row(String runner, long size, Mode mode, int repeats, double seconds, long inputBytes, long peakRssBytes) {
    public double conversationsPerSecond() {
      return size / seconds;
    }

    public double megabytesPerSecond() {
      return inputBytes / MB / seconds;
    }

    public double microsPerConversation() {
      return seconds * 1e6 / size;
    }
  }

  private final List<Measurement> measurements;

  public BenchmarkReport(List<Measurement> measurements) {
    this.measurements = List.copyOf(measurements);
  }

  /** The runners, in the order they were first measured. */
  public List<String> runners() {
    LinkedHashSet<String> runners = new LinkedHashSet<>();
    measurements.forEach(m -> runners.add(m.runner()));
    return List.copyOf(runners);
  }

  /** The sizes measured on a runner, smallest first. */
  public List<Long> sizes(String runner) {
    return measurements.stream().filter(m -> m.runner().equals(runner)).map(Measurement::size).distinct().sorted().toList();
  }

  /** The row of a runner, size and job, or null when that job was not measured. */
  public Row row(String runner, long size, Mode mode) {
    List<Measurement> runs = runs(runner, size, mode);
    if (runs.isEmpty()) {
      return null;
    }
    double seconds = Stats.median(runs.stream().map(Measurement::seconds).toList());
    long peak = runs.stream().allMatch(Measurement::peakKnown) ? runs.stream().mapToLong(Measurement::peakRssBytes).max().orElseThrow() : Measurement.UNKNOWN;
    long inputBytes = runs.stream().mapToLong(Measurement::inputBytes).max().orElseThrow();
    return new Row(runner, size, mode, runs.size(), seconds, inputBytes, peak);
  }

  /**
   * The full job's time over the floor's: the median of the ratios of each repeat's pair (the
   * i-th full run over the i-th floor run, which ran right before it), so that a load that drifts
   * over the benchmark weighs on both sides of a ratio alike.
   */
  public OptionalDouble fullToFloorRatio(String runner, long size) {
    List<Measurement> floors = runs(runner, size, Mode.FLOOR);
    List<Measurement> fulls = runs(runner, size, Mode.FULL);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(floors.size(), fulls.size()); i++) {
      ratios.add(fulls.get(i).seconds() / floors.get(i).seconds());
    }
    return ratios.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(ratios));
  }

  /**
   * The time per conversation at the largest size over that at the smallest (1.0: the cost of a
   * record does not grow with the input); empty with fewer than two sizes.
   */
  public OptionalDouble perRecordCostRatio(String runner, Mode mode) {
    Row[] ends = smallestAndLargest(runner, mode);
    return ends == null ? OptionalDouble.empty() : OptionalDouble.of(ends[1].microsPerConversation() / ends[0].microsPerConversation());
  }

  /**
   * What each conversation added between the smallest and the largest size, in microseconds:
   * the difference of the times over the difference of the sizes, so the fixed cost of a run
   * (starting the JVM, building the graph) drops out.
   */
  public OptionalDouble marginalMicrosPerConversation(String runner, Mode mode) {
    Row[] ends = smallestAndLargest(runner, mode);
    return ends == null
        ? OptionalDouble.empty()
        : OptionalDouble.of((ends[1].seconds() - ends[0].seconds()) * 1e6 / (ends[1].size() - ends[0].size()));
  }

  /** One table per runner, then the per-record cost lines; {@code describe} names each runner's options. */
  public String render(Map<String, String> describe) {
    StringBuilder text = new StringBuilder();
    for (String runner : runners()) {
      text.append(String.format(Locale.ROOT, "%s: %s%n", runner, describe.getOrDefault(runner, runner)));
      text.append(
          String.format(
              Locale.ROOT,
              "  %10s  %-5s  %4s  %9s  %9s  %9s  %8s  %8s  %9s  %10s%n",
              "size", "job", "runs", "input MB", "seconds", "conv/s", "MB/s", "peak MB", "µs/conv", "full/floor"));
      for (long size : sizes(runner)) {
        for (Mode mode : Mode.values()) {
          Row row = row(runner, size, mode);
          if (row == null) {
            continue;
          }
          OptionalDouble ratio = mode == Mode.FULL ? fullToFloorRatio(runner, size) : OptionalDouble.empty();
          text.append(
              String.format(
                  Locale.ROOT,
                  "  %10d  %-5s  %4d  %9.2f  %9.2f  %9.1f  %8.2f  %8s  %9.1f  %10s%n",
                  size,
                  mode.label(),
                  row.repeats(),
                  row.inputBytes() / MB,
                  row.seconds(),
                  row.conversationsPerSecond(),
                  row.megabytesPerSecond(),
                  row.peakRssBytes() == Measurement.UNKNOWN ? "n/a" : String.format(Locale.ROOT, "%.0f", row.peakRssBytes() / MB),
                  row.microsPerConversation(),
                  ratio.isPresent() ? String.format(Locale.ROOT, "%.2f×", ratio.getAsDouble()) : ""));
        }
      }
      List<Long> sizes = sizes(runner);
      if (sizes.size() >= 2) {
        long smallest = sizes.get(0);
        long largest = sizes.get(sizes.size() - 1);
        text.append(String.format(Locale.ROOT, "  per-record cost, %d vs %d conversations:", largest, smallest));
        appendPerMode(text, mode -> perRecordCostRatio(runner, mode), "%.2f×");
        text.append(String.format(Locale.ROOT, "  marginal cost per conversation from %d to %d:", smallest, largest));
        appendPerMode(text, mode -> marginalMicrosPerConversation(runner, mode), "%.1f µs");
      }
      text.append(String.format("%n"));
    }
    return text.toString();
  }

  private static void appendPerMode(StringBuilder text, java.util.function.Function<Mode, OptionalDouble> figure, String format) {
    List<String> parts = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      OptionalDouble value = figure.apply(mode);
      parts.add(mode.label() + " " + (value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "n/a"));
    }
    text.append(' ').append(String.join(", ", parts)).append(String.format("%n"));
  }

  private Row[] smallestAndLargest(String runner, Mode mode) {
    List<Long> sizes = sizes(runner).stream().filter(size -> row(runner, size, mode) != null).toList();
    if (sizes.size() < 2) {
      return null;
    }
    return new Row[] {row(runner, sizes.get(0), mode), row(runner, sizes.get(sizes.size() - 1), mode)};
  }

  private List<Measurement> runs(String runner, long size, Mode mode) {
    return measurements.stream().filter(m -> m.runner().equals(runner) && m.size() == size && m.mode() == mode).toList();
  }

  /** The measurements as CSV, one line each, for a spreadsheet. */
  public String csv() {
    StringBuilder text = new StringBuilder("runner,size,job,seconds,peak_rss_bytes,input_bytes\n");
    for (Measurement m : measurements) {
      text.append(
          String.format(
              Locale.ROOT, "%s,%d,%s,%.3f,%d,%d\n", m.runner(), m.size(), m.mode().label(), m.seconds(), m.peakRssBytes(), m.inputBytes()));
    }
    return text.toString();
  }
}
