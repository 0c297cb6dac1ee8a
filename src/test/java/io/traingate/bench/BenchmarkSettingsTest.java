package io.traingate.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {
  @Test
  void defaultsAreTheIssuesSizesAndBothRunners() throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.parse(new String[0]);
    assertThat(settings.sizes(), is(List.of(20_000L, 100_000L, 500_000L)));
    assertThat(settings.repeats(), is(2));
    assertThat(settings.runners(), is(List.of(BenchRunner.DIRECT, BenchRunner.FLINK)));
    assertThat(settings.heap(), is("2g"));
    assertThat(settings.users(20_000), is(3_000L));
    assertThat(settings.workdir().isAbsolute(), is(true));
  }

  @Test
  void everyOptionIsRead() throws Exception {
    BenchmarkSettings settings =
        BenchmarkSettings.parse(
            new String[] {
              "--sizes=300, 1_000", "--repeats=3", "--runners=flink", "--workdir=bench-here", "--users-per-conversation=0.5", "--heap=1536m", "--seed=9"
            });
    assertThat(settings.sizes(), is(List.of(300L, 1000L)));
    assertThat(settings.repeats(), is(3));
    assertThat(settings.runners(), is(List.of(BenchRunner.FLINK)));
    assertThat(settings.workdir(), is(Path.of("bench-here").toAbsolutePath()));
    assertThat(settings.users(301), is(151L));
    assertThat(settings.users(1), is(1L));
    assertThat(settings.heap(), is("1536m"));
    assertThat(settings.seed(), is(9L));
  }

  @Test
  void everyProblemIsListed() {
    BenchmarkSettings.InvalidArgumentsException e =
        assertThrows(
            BenchmarkSettings.InvalidArgumentsException.class,
            () ->
                BenchmarkSettings.parse(
                    new String[] {"--sizes=0", "--repeats=x", "--runners=spark", "--heap=lots", "--users-per-conversation=2", "--color"}));
    String message = e.getMessage();
    assertThat(message.lines().count(), is(6L));
    assertThat(message, containsString("--sizes: a size must be at least 1, got 0"));
    assertThat(message, containsString("--runners: unknown runner spark"));
    assertThat(message, containsString("--heap: must be a -Xmx size"));
    assertThat(message, containsString("unknown argument --color"));
  }
}
