package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The groupings give exactly Beam's groups, and on the DirectRunner in a few bundles. */
@ExtendWith(TestPipelineExtension.class)
class GroupingTest {
  private static final int KEYS = 1_000;
  private static final KvCoder<String, String> STRING_KV = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  @Test
  void byKeyGivesEveryKeyAllItsValuesExactlyOnce(TestPipeline pipeline) {
    PCollection<String> groups = pipeline.apply(Create.of(keyedValues()).withCoder(STRING_KV)).apply(Grouping.byKey()).apply(render());

    PAssert.that(groups).containsInAnyOrder(expectedGroups());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void byKeyLeavesOneBundlePerBucketOnTheDirectRunner(TestPipeline pipeline) {
    pipeline
        .apply(Create.of(keyedValues()).withCoder(STRING_KV))
        .apply(Grouping.byKey())
        .apply(ParDo.of(new CountBundlesFn<>()));

    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    assertThat(counter(result, "groups"), is((long) KEYS));
    assertThat(counter(result, "bundles"), lessThanOrEqualTo((long) Grouping.BUCKETS));
  }

  @Test
  void coGroupByKeyMeetsTheValuesOfEachKeyFromEveryInput(TestPipeline pipeline) {
    TupleTag<Integer> numbers = new TupleTag<>("numbers");
    TupleTag<String> words = new TupleTag<>("words");
    PCollection<KV<String, Integer>> left =
        pipeline.apply("Numbers", Create.of(KV.of("a", 1), KV.of("a", 1), KV.of("a", 2), KV.of("b", 3)).withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
    PCollection<KV<String, String>> right =
        pipeline.apply("Words", Create.of(KV.of("b", "x"), KV.of("c", "y"), KV.of("c", "z")).withCoder(STRING_KV));

    PCollection<String> joined =
        KeyedPCollectionTuple.of(numbers, left)
            .and(words, right)
            .apply(Grouping.coGroupByKey())
            .apply(
                MapElements.into(TypeDescriptors.strings())
                    .via((KV<String, CoGbkResult> group) -> group.getKey() + " " + sorted(group.getValue().getAll(numbers)) + " " + sorted(group.getValue().getAll(words))));

    PAssert.that(joined).containsInAnyOrder("a [1, 1, 2] []", "b [3] [x]", "c [] [y, z]");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void refusesWindowsOnTheDirectRunnerWhereABucketWouldMixThem(TestPipeline pipeline) {
    PCollection<KV<String, String>> windowed =
        pipeline.apply(Create.of(keyedValues()).withCoder(STRING_KV)).apply(Window.into(FixedWindows.of(Duration.standardMinutes(1))));

    assertThrows(IllegalArgumentException.class, () -> windowed.apply(Grouping.byKey()));
    pipeline.enableAbandonedNodeEnforcement(false);
  }

  @Test
  void isBeamsOwnGroupingOnOtherRunners() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=" + FlinkRunner.class.getSimpleName()).create());
    pipeline.apply(Create.of(keyedValues()).withCoder(STRING_KV)).apply("Grouped", Grouping.byKey());

    List<String> steps = new ArrayList<>();
    pipeline.traverseTopologically(
        new Pipeline.PipelineVisitor.Defaults() {
          @Override
          public void visitPrimitiveTransform(TransformHierarchy.Node node) {
            steps.add(node.getFullName());
          }
        });
    assertThat(steps, hasItem("Grouped/GroupByKey"));
    assertThat(steps.toString(), steps.stream().anyMatch(step -> step.contains("Bucket")), is(false));
  }

  /** Key i has 1 to 3 values, some equal, so that a lost or doubled value shows. */
  private static List<KV<String, String>> keyedValues() {
    List<KV<String, String>> values = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      for (int value = 0; value <= key % 3; value++) {
        values.add(KV.of("k" + key, value == 2 ? "v0" : "v" + value));
      }
    }
    return values;
  }

  private static List<String> expectedGroups() {
    List<String> groups = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      groups.add("k" + key + " " + List.of("[v0]", "[v0, v1]", "[v0, v0, v1]").get(key % 3));
    }
    return groups;
  }

  private static MapElements<KV<String, Iterable<String>>, String> render() {
    return MapElements.into(TypeDescriptors.strings()).via(group -> group.getKey() + " " + sorted(group.getValue()));
  }

  private static <T extends Comparable<T>> List<T> sorted(Iterable<T> values) {
    return StreamSupport.stream(values.spliterator(), false).sorted().toList();
  }

  private static long counter(PipelineResult result, String name) {
    return result
        .metrics()
        .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.named(CountBundlesFn.class, name)).build())
        .getCounters()
        .iterator()
        .next()
        .getCommitted();
  }

  private static final class CountBundlesFn<T> extends DoFn<T, Void> {
    private final Counter bundles = Metrics.counter(CountBundlesFn.class, "bundles");
    private final Counter groups = Metrics.counter(CountBundlesFn.class, "groups");

    @StartBundle
    public void startBundle() {
      bundles.inc();
    }

    @ProcessElement
    public void processElement() {
      groups.inc();
    }
  }
}
