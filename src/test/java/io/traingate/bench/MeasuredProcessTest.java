package io.traingate.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class MeasuredProcessTest {
  @TempDir Path dir;

  @Test
  void readsThePeakFromProcStatus() {
    String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  812344 kB\nVmRSS:\t  700000 kB\n";
    assertThat(MeasuredProcess.peakRssBytes(status), is(812_344L * 1024));
    assertThat(MeasuredProcess.peakRssBytes("Name:\tjava\n"), is(Measurement.UNKNOWN));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void measuresAChildsExitStatusTimeAndPeak() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    MeasuredProcess.Outcome outcome =
        MeasuredProcess.run(List.of(java, "-Xmx64m", "-version"), dir.resolve("out"), dir.resolve("err"));
    assertThat(outcome.status(), is(0));
    assertThat(outcome.seconds() > 0, is(true));
    assertThat(outcome.peakRssBytes(), greaterThan(1_000_000L));
    assertThat(Files.readString(dir.resolve("err")).contains("version"), is(true));
  }

  @Test
  void quotesCommandLinesForAShell() {
    assertThat(
        CommandLine.quote(List.of("java", "-Xmx2g", "--conversations=/w/input-300/conversations-*", "--flinkMaster=[local]", "it's")),
        is("java -Xmx2g '--conversations=/w/input-300/conversations-*' '--flinkMaster=[local]' 'it'\\''s'"));
  }
}
