package io.traingate.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import io.traingate.options.TraingateOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StructuredCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PValue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No collection of the gate's own types falls back to Java serialization (slow and several times
 * larger): each has a compact coder, set where it is made.
 */
class GraphCodersTest {
  @TempDir Path output;

  @ParameterizedTest
  @ValueSource(strings = {"--consentJoin=SIDE_INPUT", "--consentJoin=SHUFFLE", "--passThrough"})
  void noCollectionOfTheGatesTypesUsesJavaSerialization(String mode) throws Exception {
    PipelineOptionsFactory.register(TraingateOptions.class);
    TraingateOptions options =
        PipelineOptionsFactory.fromArgs(
                "--conversations=test-data/conversations/*",
                "--consent=test-data/consent/*",
                "--consentAsOf=2026-06-01T00:00:00Z",
                "--output=" + output,
                mode)
            .withValidation()
            .as(TraingateOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    TraingatePipeline.build(pipeline, JobSettings.from(options), "test");

    List<String> collections = new ArrayList<>();
    List<String> javaSerialized = new ArrayList<>();
    pipeline.traverseTopologically(
        new Pipeline.PipelineVisitor.Defaults() {
          @Override
          public void visitValue(PValue value, TransformHierarchy.Node producer) {
            if (value instanceof PCollection<?> collection) {
              collections.add(collection.getName());
              if (usesJavaSerializationOfOwnType(collection.getCoder())) {
                javaSerialized.add(collection.getName() + ": " + collection.getCoder());
              }
            }
          }
        });

    assertThat("the walk saw the graph", collections, hasItem("ResolveDuplicates/PickWinner.out1"));
    assertThat(javaSerialized, empty());
  }

  private static boolean usesJavaSerializationOfOwnType(Coder<?> coder) {
    if (coder instanceof SerializableCoder<?> serializable) {
      return serializable.getRecordType().getName().startsWith("io.traingate.");
    }
    List<? extends Coder<?>> parts = coder instanceof StructuredCoder<?> structured ? structured.getComponents() : coder.getCoderArguments();
    return parts.stream().anyMatch(GraphCodersTest::usesJavaSerializationOfOwnType);
  }
}
