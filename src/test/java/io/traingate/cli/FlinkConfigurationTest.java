package io.traingate.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class FlinkConfigurationTest {

  @Test
  void theEmbeddedClusterServesItsRestApiOnLoopbackAtTheAddressTheClientReads() throws IOException {
    Path dir = FlinkConfiguration.writeForJob(true);
    String conf = Files.readString(dir.resolve("flink-conf.yaml"));
    assertThat(conf, containsString("restart-strategy.type: fixed-delay"));
    assertThat(conf, containsString("rest.bind-address: localhost"));
    String address = FlinkConfiguration.restAddress(options("[local]", dir));
    assertThat(address, matchesPattern("localhost:\\d+"));
    assertThat(conf, containsString("rest.port: " + address.substring("localhost:".length())));
  }

  @Test
  void aSessionClusterKeepsItsOwnRestSettings() throws IOException {
    Path dir = FlinkConfiguration.writeForJob(false);
    assertThat(Files.readString(dir.resolve("flink-conf.yaml")), not(containsString("rest.")));
    assertThat(FlinkConfiguration.restAddress(options("flink-host:8081", dir)), is("flink-host:8081"));
    assertThat(FlinkConfiguration.restAddress(options("http://flink-host:8081", null)), is("flink-host:8081"));
  }

  @Test
  void anEmbeddedClusterWithoutAConfiguredPortHasNoKnownAddress() throws IOException {
    assertThat(FlinkConfiguration.restAddress(options("[local]", FlinkConfiguration.writeForJob(false))), is(nullValue()));
    assertThat(FlinkConfiguration.restAddress(options("[local]", null)), is(nullValue()));
  }

  @Test
  void embeddedMasters() {
    assertThat(FlinkConfiguration.isEmbedded(null), is(true));
    assertThat(FlinkConfiguration.isEmbedded("[local]"), is(true));
    assertThat(FlinkConfiguration.isEmbedded("[auto]"), is(true));
    assertThat(FlinkConfiguration.isEmbedded("localhost:8081"), is(false));
  }

  private static FlinkPipelineOptions options(String master, Path confDir) {
    FlinkPipelineOptions options = PipelineOptionsFactory.as(FlinkPipelineOptions.class);
    options.setFlinkMaster(master);
    options.setFlinkConfDir(confDir == null ? null : confDir.toString());
    return options;
  }
}
