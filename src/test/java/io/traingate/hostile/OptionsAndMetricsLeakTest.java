package io.traingate.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.traingate.options.TraingateOptions;
import io.traingate.pipeline.JobSettings;
import io.traingate.pipeline.TraingatePipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.util.common.ReflectHelpers;
import org.apache.beam.sdk.util.construction.PipelineOptionsTranslation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pseudonym key stays out of the pipeline options however they are serialized (Jackson JSON
 * as Dataflow sends them, the portable proto, Java serialization) and out of the manifest; the
 * metric names of a run over hostile input hold no id, no content and no key.
 */
class OptionsAndMetricsLeakTest {
  @TempDir Path work;

  private byte[] key() {
    byte[] random = new byte[12];
    new SecureRandom().nextBytes(random);
    return ("OPTIONSCANARY" + HexFormat.of().formatHex(random)).getBytes(StandardCharsets.US_ASCII);
  }

  private TraingateOptions options(Path keyFile, Path output, String conversations) {
    PipelineOptionsFactory.register(TraingateOptions.class);
    TraingateOptions options =
        PipelineOptionsFactory.fromArgs(
                "--conversations=" + conversations,
                "--consent=" + HostileCorpus.ROOT.resolve("consent") + "/*",
                "--consentAsOf=" + HostileCorpus.CONSENT_AS_OF,
                "--pseudonymKeyFile=" + keyFile,
                "--output=" + output,
                "--enforceImmutability=false",
                "--enforceEncodability=false")
            .withValidation()
            .as(TraingateOptions.class);
    FileSystems.setDefaultPipelineOptions(options);
    return options;
  }

  @Test
  void noSerializationOfTheOptionsHoldsTheKey() throws Exception {
    byte[] key = key();
    Path keyFile = Files.write(work.resolve("pseudonym.key"), key);
    TraingateOptions options = options(keyFile, work.resolve("out"), HostileCorpus.ROOT.resolve("conversations") + "/00-*");
    JobSettings settings = JobSettings.from(options); // loads the key once, as the launch check does

    ObjectMapper mapper = new ObjectMapper().registerModules(ObjectMapper.findModules(ReflectHelpers.findClassLoader()));
    String json = mapper.writeValueAsString(options);
    byte[] proto = PipelineOptionsTranslation.toProto(options).toByteArray();
    byte[] javaSerialized = SerializableUtils.serializeToByteArray(settings.eligibilityRules());
    String published = mapper.writeValueAsString(settings.publishableOptions()) + mapper.writeValueAsString(settings.inputs());

    assertThat("the JSON is the options'", json, containsString(keyFile.toString()));
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> form : LeakScan.keyForms(key).entrySet()) {
      if (json.contains(form.getValue())) {
        found.add(form.getKey() + " in the options' JSON");
      }
      if (new String(proto, StandardCharsets.ISO_8859_1).contains(form.getValue())) {
        found.add(form.getKey() + " in the options' proto");
      }
      if (new String(javaSerialized, StandardCharsets.ISO_8859_1).contains(form.getValue())) {
        found.add(form.getKey() + " in the serialized eligibility rules");
      }
      if (published.contains(form.getValue())) {
        found.add(form.getKey() + " in the manifest's options or inputs");
      }
    }
    assertThat(found, empty());
  }

  @Test
  void metricNamesHoldNoIdNoContentAndNoKey() throws Exception {
    byte[] key = key();
    Path keyFile = Files.write(work.resolve("pseudonym.key"), key);
    // a small hostile selection: consent-excluded users, bad UTF-8, wrong types and timestamps
    Path conversations = Files.createDirectories(work.resolve("conversations"));
    for (String name : List.of("00-baseline.jsonl", "01-invalid-utf8.jsonl", "08-wrong-types.jsonl", "10-timestamps.jsonl")) {
      Files.copy(HostileCorpus.ROOT.resolve("conversations").resolve(name), conversations.resolve(name));
    }
    TraingateOptions options = options(keyFile, work.resolve("out"), conversations + "/*");
    JobSettings settings = JobSettings.from(options);
    Pipeline pipeline = Pipeline.create(options);
    TraingatePipeline.build(pipeline, settings, "test");
    PipelineResult result = pipeline.run();
    assertThat(result.waitUntilFinish(), is(PipelineResult.State.DONE));

    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    List<String> names = new ArrayList<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      names.add(counter.getName().getNamespace() + ":" + counter.getName().getName() + " @ " + counter.getKey().stepName());
    }
    for (MetricResult<?> distribution : metrics.getDistributions()) {
      names.add(distribution.getName().toString() + " @ " + distribution.getKey().stepName());
    }
    for (MetricResult<?> gauge : metrics.getGauges()) {
      names.add(gauge.getName().toString() + " @ " + gauge.getKey().stepName());
    }
    String all = String.join("\n", names);
    assertThat(all, names, hasItem(containsString("traingate:conversations_read")));
    LeakScan.Inputs inputs = LeakScan.read(conversations);
    List<String> found = new ArrayList<>();
    for (String id : inputs.userIds()) {
      if (LeakScan.containsId(all, id)) {
        found.add("user id " + id);
      }
    }
    for (String id : inputs.conversationIds()) {
      if (LeakScan.containsId(all, id)) {
        found.add("conversation id " + id);
      }
    }
    if (!HostileCorpus.markers(all).isEmpty() || all.contains("example.net")) {
      found.add("content");
    }
    for (Map.Entry<String, String> form : LeakScan.keyForms(key).entrySet()) {
      if (all.contains(form.getValue())) {
        found.add(form.getKey());
      }
    }
    assertThat(all, found, empty());
  }
}
