package io.traingate.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.traingate.testing.BundledJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar traingate-bundled.jar benchmark} at a tiny size on the DirectRunner: it
 * generates the input, runs the floor and the full job in child JVMs of the jar, and reports.
 */
class BenchmarkCommandIT {
  @TempDir Path workdir;

  @Test
  void aTinyBenchmarkRunsTheFloorAndTheFullJobAndReports() throws Exception {
    Path bench = workdir.resolve("bench");
    BundledJar.Result result =
        BundledJar.run(workdir, "benchmark", "--sizes=300", "--repeats=1", "--runners=direct", "--heap=1g", "--workdir=" + bench);
    assertThat(result.out() + result.err(), result.status(), is(0));

    String out = result.out();
    assertThat(out, containsString("Machine: " + Runtime.getRuntime().availableProcessors() + " cores"));
    // the exact command lines: generate once, then the floor (--passThrough) and the full job
    assertThat(out, containsString(" generate --conversations=300 --users=45 --seed=7 --output=" + bench.resolve("input-300")));
    assertThat(out, matchesPattern("(?s).*\\$ \\S+java -Xmx1g -jar \\S+traingate-bundled\\.jar .*--passThrough --runner=DirectRunner\n.*"));
    assertThat(out, containsString("--output=" + bench.resolve("out-direct-full") + " --pseudonymKeyFile="));
    // one row per job, the ratio on the full job's row
    assertThat(out, matchesPattern("(?s).*\\n +300  floor +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9.]+ *\\n.*"));
    assertThat(out, matchesPattern("(?s).*\\n +300  full +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +[0-9.]+ +[0-9.]+×\\n.*"));

    List<String> csv = Files.readAllLines(bench.resolve("measurements.csv"));
    assertThat(csv.size(), is(3));
    assertThat(csv.get(1), matchesPattern("direct,300,floor,[0-9.]+,[1-9][0-9]*,[1-9][0-9]*"));
    assertThat(csv.get(2), matchesPattern("direct,300,full,[0-9.]+,[1-9][0-9]*,[1-9][0-9]*"));
    // the floor's output says it is not training data; the full job's is the gate's
    assertThat(Files.readString(bench.resolve("logs/300-direct-floor-1.out")), containsString("PASS-THROUGH run"));
    assertThat(Files.readString(bench.resolve("logs/300-direct-full-1.out")), containsString("Balanced"));
  }
}
