package io.traingate.transforms;

import java.util.concurrent.ThreadLocalRandom;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * FOR THE DIRECTRUNNER ONLY: gathers a collection that leaves a grouping one element per bundle
 * into a few large bundles. The DirectRunner translates a ParDo to its proto form again for every
 * bundle, which made the steps after the duplicate grouping cost milliseconds per conversation;
 * on distributed runners this would only add a shuffle, so the pipeline applies it on the
 * DirectRunner alone.
 */
public final class Rebundle<T> extends PTransform<PCollection<T>, PCollection<T>> {
  private static final int BUNDLES = 8;

  private final Coder<T> coder;

  public Rebundle(Coder<T> coder) {
    this.coder = coder;
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    return input
        .apply("SpreadOverFewKeys", WithKeys.<Integer, T>of(element -> ThreadLocalRandom.current().nextInt(BUNDLES)).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("Gather", GroupByKey.create())
        .apply("Elements", Values.create())
        .apply("Flatten", Flatten.iterables())
        .setCoder(coder);
  }
}
