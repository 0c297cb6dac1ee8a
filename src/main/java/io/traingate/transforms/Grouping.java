package io.traingate.transforms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResult.CoGbkResultCoder;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple.TaggedKeyedPCollection;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * {@link GroupByKey} and {@link CoGroupByKey} whose result the DirectRunner can process in a few
 * bundles instead of one per key.
 *
 * <p>The DirectRunner hands each key of a grouping's result to the next steps as a bundle of its
 * own and pays per bundle: it translates every ParDo to its proto form again for each bundle
 * ({@code ParDoEvaluatorFactory.forApplication}), and a later grouping on few keys (a side input,
 * the sharded file writes, a combine) copies the state it has buffered for a key for every bundle
 * that arrives, so its cost grows with the square of the bundles. On the DirectRunner these
 * transforms therefore group by one of {@link #BUCKETS} buckets of the key, then by the key itself
 * in memory, where the DirectRunner keeps every collection anyway: the groups are the same, in one
 * bundle per bucket. On every other runner they are the plain Beam transforms, since a bucket
 * would be a hot key there.
 */
public final class Grouping {
  /** Enough to keep the DirectRunner's threads busy; each is a bundle for the steps after. */
  static final int BUCKETS = 8;

  private Grouping() {}

  /** Groups the values of each key, as {@link GroupByKey}. */
  public static <K, V> PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> byKey() {
    return new ByKey<>();
  }

  /** Groups the values of each key from every input, as {@link CoGroupByKey}. */
  public static <K> PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> coGroupByKey() {
    return new CoGroupByKeyInBuckets<>();
  }

  private static boolean onDirectRunner(Pipeline pipeline) {
    return DirectRunner.class.isAssignableFrom(pipeline.getOptions().getRunner());
  }

  private static final class ByKey<K, V> extends PTransform<PCollection<KV<K, V>>, PCollection<KV<K, Iterable<V>>>> {
    @Override
    public PCollection<KV<K, Iterable<V>>> expand(PCollection<KV<K, V>> input) {
      if (!onDirectRunner(input.getPipeline())) {
        return input.apply("GroupByKey", GroupByKey.create());
      }
      // a bucket holds many keys: only in the global window (a batch) do its groups equal the keys' groups
      checkArgument(
          input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows,
          "Grouping.byKey() on the DirectRunner needs the global window; window the collection after grouping");
      KvCoder<K, V> coder = (KvCoder<K, V>) input.getCoder();
      return input
          .apply("ToBuckets", WithKeys.of(new BucketOf<K, V>(coder.getKeyCoder())).withKeyType(TypeDescriptors.integers()))
          .setCoder(KvCoder.of(VarIntCoder.of(), coder))
          .apply("GroupByBucket", GroupByKey.create())
          .apply("GroupByKeyInBucket", ParDo.of(new GroupInBucketFn<>(coder.getKeyCoder())))
          .setCoder(KvCoder.of(coder.getKeyCoder(), IterableCoder.of(coder.getValueCoder())));
    }
  }

  /** The bucket of an element's key, from the key's encoding (so equal keys always share one). */
  private static final class BucketOf<K, V> implements SerializableFunction<KV<K, V>, Integer> {
    private final Coder<K> keyCoder;

    BucketOf(Coder<K> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @Override
    public Integer apply(KV<K, V> element) {
      try {
        return Math.floorMod(Arrays.hashCode(CoderUtils.encodeToByteArray(keyCoder, element.getKey())), BUCKETS);
      } catch (CoderException e) {
        throw new IllegalStateException("cannot encode a grouping key", e);
      }
    }
  }

  /** Splits a bucket into the groups of its keys (keys compared by their coder's structural value, as GroupByKey does). */
  private static final class GroupInBucketFn<K, V> extends DoFn<KV<Integer, Iterable<KV<K, V>>>, KV<K, Iterable<V>>> {
    private final Coder<K> keyCoder;

    GroupInBucketFn(Coder<K> keyCoder) {
      this.keyCoder = keyCoder;
    }

    @ProcessElement
    public void processElement(@Element KV<Integer, Iterable<KV<K, V>>> bucket, OutputReceiver<KV<K, Iterable<V>>> out) {
      Map<Object, KV<K, List<V>>> groups = new LinkedHashMap<>();
      for (KV<K, V> element : bucket.getValue()) {
        groups
            .computeIfAbsent(keyCoder.structuralValue(element.getKey()), structural -> KV.of(element.getKey(), new ArrayList<>()))
            .getValue()
            .add(element.getValue());
      }
      groups.values().forEach(group -> out.output(KV.of(group.getKey(), group.getValue())));
    }
  }

  /** CoGroupByKey as Beam builds it (tagged values of every input, flattened, grouped, split by tag), grouped by {@link ByKey}. */
  private static final class CoGroupByKeyInBuckets<K> extends PTransform<KeyedPCollectionTuple<K>, PCollection<KV<K, CoGbkResult>>> {
    @Override
    public PCollection<KV<K, CoGbkResult>> expand(KeyedPCollectionTuple<K> input) {
      if (!onDirectRunner(input.getPipeline())) {
        return input.apply("CoGroupByKey", CoGroupByKey.create());
      }
      List<Coder<?>> valueCoders = new ArrayList<>();
      for (TaggedKeyedPCollection<K, ?> each : input.getKeyedCollections()) {
        valueCoders.add(valueCoder(each.getCollection()));
      }
      UnionCoder unionCoder = UnionCoder.of(valueCoders);
      KvCoder<K, RawUnionValue> taggedCoder = KvCoder.of(input.getKeyCoder(), unionCoder);
      PCollectionList<KV<K, RawUnionValue>> tagged = PCollectionList.empty(input.getPipeline());
      int index = 0;
      for (TaggedKeyedPCollection<K, ?> each : input.getKeyedCollections()) {
        tagged = tagged.and(tag(each.getCollection(), index++, taggedCoder));
      }
      CoGbkResultSchema schema = input.getCoGbkResultSchema();
      return tagged
          .apply("Flatten", Flatten.pCollections())
          .apply("GroupByKey", new ByKey<>())
          .apply("CoGbkResults", ParDo.of(new CoGbkResultFn<>(schema)))
          .setCoder(KvCoder.of(input.getKeyCoder(), CoGbkResultCoder.of(schema, unionCoder)));
    }

    private static <K, V> Coder<V> valueCoder(PCollection<KV<K, V>> collection) {
      return ((KvCoder<K, V>) collection.getCoder()).getValueCoder();
    }

    private static <K, V> PCollection<KV<K, RawUnionValue>> tag(
        PCollection<KV<K, V>> collection, int index, KvCoder<K, RawUnionValue> taggedCoder) {
      return collection
          .apply("Tag" + index, MapElements.into(taggedCoder.getEncodedTypeDescriptor())
              .via(element -> KV.of(element.getKey(), new RawUnionValue(index, element.getValue()))))
          .setCoder(taggedCoder);
    }
  }

  private static final class CoGbkResultFn<K> extends DoFn<KV<K, Iterable<RawUnionValue>>, KV<K, CoGbkResult>> {
    private final CoGbkResultSchema schema;

    CoGbkResultFn(CoGbkResultSchema schema) {
      this.schema = schema;
    }

    @ProcessElement
    public void processElement(@Element KV<K, Iterable<RawUnionValue>> group, OutputReceiver<KV<K, CoGbkResult>> out) {
      out.output(KV.of(group.getKey(), new CoGbkResult(schema, group.getValue())));
    }
  }
}
