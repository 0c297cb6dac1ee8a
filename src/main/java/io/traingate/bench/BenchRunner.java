package io.traingate.bench;

import java.util.Arrays;
import java.util.List;

/** The runners the benchmark compares, with the options that select each. */
public enum BenchRunner {
  DIRECT("direct", List.of("--runner=DirectRunner")),
  /** Flink's embedded cluster in the job's own JVM, two parallel tasks. */
  FLINK("flink", List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));

  private final String id;
  private final List<String> options;

  BenchRunner(String id, List<String> options) {
    this.id = id;
    this.options = options;
  }

  public String id() {
    return id;
  }

  public List<String> options() {
    return options;
  }

  static BenchRunner byId(String id) {
    return Arrays.stream(values())
        .filter(runner -> runner.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown runner " + id + " (known: direct, flink)"));
  }
}
