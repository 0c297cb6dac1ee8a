package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.testing.BundledJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command exactly: {@code java -jar target/traingate-bundled.jar} with no
 * arguments, from a folder holding the repository's pipelines/ and test-data/.
 */
class BundledJarIT {
  @TempDir Path workdir;

  @Test
  void theJarWithNoArgumentsRunsTheSampleJobTwice() throws Exception {
    copyTree(Path.of("pipelines"), workdir.resolve("pipelines"));
    copyTree(Path.of("test-data/conversations"), workdir.resolve("test-data/conversations"));
    copyTree(Path.of("test-data/consent"), workdir.resolve("test-data/consent"));

    BundledJar.Result first = BundledJar.run(workdir);
    assertThat(first.err(), first.status(), is(0));
    assertThat(first.out(), containsString("Balanced: every input conversation was decided exactly once."));
    JsonNode summary = new ObjectMapper().readTree(workdir.resolve("output/audit/summary.json").toFile());
    JsonNode expected = new ObjectMapper().readTree(Path.of("test-data/expected/summary.json").toFile());
    assertThat(summary.get("decisions"), is(expected.get("decisions")));

    BundledJar.Result second = BundledJar.run(workdir);
    assertThat(second.err(), second.status(), is(0));
    assertThat(second.out(), containsString("Replacing"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
