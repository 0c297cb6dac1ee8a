package io.traingate.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class GeneratePipelineTest {
  @TempDir Path dir;

  @Test
  void eachShardHoldsAContiguousRangeOfIndicesInOrder(TestPipeline pipeline) throws IOException {
    GenerationSettings settings = new GenerationSettings(7, 500, 100, 0.3, 0.001, 3, 2, true, dir.toString());

    PAssert.that(GeneratePipeline.build(pipeline, settings))
        .containsInAnyOrder(
            file("conversations-00000-of-00003.jsonl.gz"),
            file("conversations-00001-of-00003.jsonl.gz"),
            file("conversations-00002-of-00003.jsonl.gz"),
            file("consent-00000-of-00002.jsonl.gz"),
            file("consent-00001-of-00002.jsonl.gz"));
    pipeline.run().waitUntilFinish();

    ConversationFactory conversations = new ConversationFactory(settings);
    List<String> expected = new ArrayList<>();
    for (long i = 0; i < 500; i++) {
      expected.add(conversations.create(i).json());
    }
    List<String> written = new ArrayList<>();
    for (int shard = 0; shard < 3; shard++) {
      List<String> lines = gunzipLines(dir.resolve(String.format("conversations-%05d-of-00003.jsonl.gz", shard)));
      assertThat(lines, hasSize(shard == 0 ? 166 : 167));
      written.addAll(lines);
    }
    assertThat(written, equalTo(expected));

    ConsentFactory consent = new ConsentFactory(settings);
    List<String> expectedConsent = new ArrayList<>();
    for (long user = 50; user < 100; user++) {
      consent.generate(user, line -> expectedConsent.add(line.json()));
    }
    assertThat(gunzipLines(dir.resolve("consent-00001-of-00002.jsonl.gz")), contains(expectedConsent.toArray()));
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  static List<String> gunzipLines(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
  }
}
