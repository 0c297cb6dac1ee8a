package io.traingate.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.ToString;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real Flink session cluster, runs a Beam job on it, and stops it. */
@TestMethodOrder(OrderAnnotation.class)
class FlinkSessionClusterIT {

  @RegisterExtension
  static final FlinkSessionCluster FLINK = FlinkSessionCluster.onFreePorts();

  private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta");
  private static final int TOTAL_LENGTH = 19;

  @Test
  @Order(1)
  void overviewShowsOneTaskManagerWithTwoSlots() throws Exception {
    JsonNode overview = overview();

    assertThat(overview.path("taskmanagers").asInt(), is(1));
    assertThat(overview.path("slots-total").asInt(), is(FLINK.slots()));
    assertThat(overview.path("flink-version").asText(), is("1.19.0"));
  }

  @Test
  @Order(2)
  void runsABeamPipelineSubmittedWithFlinkMaster(@TempDir Path output) throws Exception {
    String bundledJar = System.getProperty("traingate.bundledJar");
    assumeTrue(bundledJar != null,
        "system property traingate.bundledJar is not set (failsafe sets it in `mvn verify`):"
            + " skipping the job submission");
    assertThat("the bundled jar, built by `mvn package`: " + bundledJar,
        Files.isRegularFile(Path.of(bundledJar)), is(true));
    int finishedBefore = overview().path("jobs-finished").asInt();

    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setRunner(FlinkRunner.class);
    options.setFlinkMaster(FLINK.restAddress());
    options.setParallelism(2);
    // Beam and its runner come from the bundled jar; WordLength lives in the test classes, which
    // Beam packs into a jar of their own when staging a directory.
    options.setFilesToStage(List.of(bundledJar, testClassesDirectory().toString()));
    Pipeline pipeline = Pipeline.create(options);
    pipeline
        .apply(Create.of(WORDS))
        .apply(MapElements.via(new WordLength()))
        .apply(Sum.integersGlobally())
        .apply(ToString.elements())
        .apply(TextIO.write().to(output.resolve("total").toString()).withoutSharding());

    PipelineResult.State state = pipeline.run().waitUntilFinish();

    assertThat(state, is(PipelineResult.State.DONE));
    assertThat(Files.readAllLines(output.resolve("total")), equalTo(List.of(Integer.toString(TOTAL_LENGTH))));
    // ran on this cluster, not on an embedded one
    assertThat(overview().path("jobs-finished").asInt(), is(finishedBefore + 1));
  }

  @Test
  @Order(3)
  void stopFreesEveryPort() throws IOException {
    FLINK.stop();

    assertThat(portsStillBound(FLINK.ports()), is(empty()));
  }

  static final class WordLength extends SimpleFunction<String, Integer> {
    @Override
    public Integer apply(String word) {
      return word.length();
    }
  }

  private static JsonNode overview() throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(FLINK.restUrl().resolve("overview")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode(), is(200));
    return new ObjectMapper().readTree(response.body());
  }

  private static Path testClassesDirectory() throws URISyntaxException {
    return Path.of(WordLength.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Integer> portsStillBound(List<Integer> ports) throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    List<Integer> bound = new ArrayList<>();
    for (int port : ports) {
      try (ServerSocket probe = new ServerSocket(port, 1, loopback)) {
        // bindable, hence free
      } catch (IOException inUse) {
        bound.add(port);
      }
    }
    return bound;
  }
}
