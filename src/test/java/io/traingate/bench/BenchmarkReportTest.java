package io.traingate.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
  private static final long MB = 1_000_000;

  /** Two sizes, two repeats on direct; one size, one repeat on flink, with no memory reading. */
  private static final List<Measurement> RUNS =
      List.of(
          new Measurement("direct", 1000, Mode.FLOOR, 10.0, 300 * MB, 2 * MB),
          new Measurement("direct", 1000, Mode.FULL, 15.0, 400 * MB, 2 * MB),
          new Measurement("direct", 1000, Mode.FLOOR, 20.0, 350 * MB, 2 * MB),
          new Measurement("direct", 1000, Mode.FULL, 24.0, 420 * MB, 2 * MB),
          new Measurement("direct", 10000, Mode.FLOOR, 40.0, 500 * MB, 20 * MB),
          new Measurement("direct", 10000, Mode.FULL, 60.0, 600 * MB, 20 * MB),
          new Measurement("direct", 10000, Mode.FLOOR, 40.0, 510 * MB, 20 * MB),
          new Measurement("direct", 10000, Mode.FULL, 60.0, 590 * MB, 20 * MB),
          new Measurement("flink", 1000, Mode.FLOOR, 8.0, Measurement.UNKNOWN, 2 * MB),
          new Measurement("flink", 1000, Mode.FULL, 10.0, Measurement.UNKNOWN, 2 * MB));

  private final BenchmarkReport report = new BenchmarkReport(RUNS);

  @Test
  void runnersInTheOrderMeasuredAndSizesSmallestFirst() {
    assertThat(report.runners(), is(List.of("direct", "flink")));
    assertThat(report.sizes("direct"), is(List.of(1000L, 10000L)));
    assertThat(report.sizes("flink"), is(List.of(1000L)));
  }

  @Test
  void aRowHoldsTheMedianTimeAndTheHighestPeak() {
    BenchmarkReport.Row floor = report.row("direct", 1000, Mode.FLOOR);
    assertThat(floor.repeats(), is(2));
    assertThat(floor.seconds(), closeTo(15.0, 1e-9));
    assertThat(floor.peakRssBytes(), is(350 * MB));
    assertThat(floor.conversationsPerSecond(), closeTo(1000 / 15.0, 1e-9));
    assertThat(floor.megabytesPerSecond(), closeTo(2 / 15.0, 1e-9));
    assertThat(floor.microsPerConversation(), closeTo(15_000.0, 1e-6));
    assertThat(report.row("flink", 10000, Mode.FULL), is(nullValue()));
  }

  @Test
  void theFullToFloorRatioIsTheMedianOfEachRepeatsPair() {
    // pairs 15/10 = 1.5 and 24/20 = 1.2: median 1.35, not 19.5/15 = 1.3 from the medians
    assertThat(report.fullToFloorRatio("direct", 1000).getAsDouble(), closeTo(1.35, 1e-9));
    assertThat(report.fullToFloorRatio("direct", 10000).getAsDouble(), closeTo(1.5, 1e-9));
  }

  @Test
  void perRecordCostComparesTheLargestSizeWithTheSmallest() {
    // floor: 40 s / 10,000 = 4,000 µs against 15 s / 1,000 = 15,000 µs
    assertThat(report.perRecordCostRatio("direct", Mode.FLOOR).getAsDouble(), closeTo(4000.0 / 15000.0, 1e-9));
    assertThat(report.perRecordCostRatio("direct", Mode.FULL).getAsDouble(), closeTo(6000.0 / 19500.0, 1e-9));
    assertThat(report.perRecordCostRatio("flink", Mode.FULL).isPresent(), is(false));
  }

  @Test
  void theMarginalCostLeavesOutTheFixedCostOfARun() {
    // (60 - 19.5) s over 9,000 conversations
    assertThat(report.marginalMicrosPerConversation("direct", Mode.FULL).getAsDouble(), closeTo(40.5e6 / 9000, 1e-6));
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0)), is(2.0));
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0)), is(2.5));
    assertThat(Stats.median(List.of(7.0)), is(7.0));
  }

  @Test
  void theTableShowsEveryFigure() {
    String text = report.render(Map.of("direct", "--runner=DirectRunner"));
    assertThat(text, containsString("direct: --runner=DirectRunner"));
    assertThat(text, containsString("flink: flink"));
    // direct, 1,000, full: median 19.5 s, 51.3 conv/s, 0.10 MB/s, peak 420 MB, 19,500 µs, ratio 1.35
    assertThat(
        text,
        containsString(
            String.format(java.util.Locale.ROOT, "  %10d  %-5s  %4d  %9.2f  %9.2f  %9.1f  %8.2f  %8s  %9.1f  %10s", 1000, "full", 2, 2.0, 19.5, 1000 / 19.5, 2 / 19.5, "420", 19500.0, "1.35×")));
    assertThat(text, containsString("per-record cost, 10000 vs 1000 conversations: floor 0.27×, full 0.31×"));
    assertThat(text, containsString("marginal cost per conversation from 1000 to 10000: floor 2777.8 µs, full 4500.0 µs"));
    // flink has no memory reading and a single size
    assertThat(text, containsString("     n/a"));
    assertThat(text.substring(text.indexOf("flink:")), not(containsString("per-record cost")));
  }

  @Test
  void csvHasOneLinePerMeasurement() {
    String csv = report.csv();
    assertThat(csv.lines().count(), is(1L + RUNS.size()));
    assertThat(csv, containsString("direct,1000,floor,10.000,300000000,2000000\n"));
    assertThat(csv, containsString("flink,1000,full,10.000,-1,2000000\n"));
  }
}
