package io.traingate.transforms;

import io.traingate.audit.AuditKeys;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Counts what passes by for the audit: each element adds to named counts (see {@link AuditKeys}).
 * The counts leave as data, {@code KV<name, n>} summed per bundle, so the summary is exact on
 * every runner (metrics are attempted values on some), and also feed the Beam metric of the same
 * name so runner UIs show progress.
 */
public final class AuditCount<T> extends PTransform<PCollection<T>, PCollection<KV<String, Long>>> {

  /** What one element adds to the counts. */
  @FunctionalInterface
  public interface Counting<T> extends Serializable {
    void count(T element, Tally tally);
  }

  /** Where a {@link Counting} adds its counts. */
  public interface Tally {
    void add(String key, long amount);
  }

  private final Counting<T> counting;

  private AuditCount(Counting<T> counting) {
    this.counting = counting;
  }

  public static <T> AuditCount<T> of(Counting<T> counting) {
    return new AuditCount<>(counting);
  }

  @Override
  public PCollection<KV<String, Long>> expand(PCollection<T> input) {
    return input
        .apply("Count", ParDo.of(new CountFn<>(counting)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }

  private static final class CountFn<T> extends DoFn<T, KV<String, Long>> {
    private final Counting<T> counting;
    private transient Map<String, Long> bundleCounts;
    private transient Map<String, Counter> metrics;
    private transient Tally tally;

    CountFn(Counting<T> counting) {
      this.counting = counting;
    }

    @Setup
    public void setup() {
      metrics = new HashMap<>();
      bundleCounts = new HashMap<>();
      tally = (key, amount) -> bundleCounts.merge(key, amount, Long::sum);
    }

    @StartBundle
    public void startBundle() {
      bundleCounts.clear();
    }

    @ProcessElement
    public void processElement(@Element T element) {
      counting.count(element, tally);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      bundleCounts.forEach(
          (key, amount) -> {
            metrics.computeIfAbsent(key, name -> Metrics.counter(AuditKeys.NAMESPACE, name)).inc(amount);
            context.output(KV.of(key, amount), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
          });
      bundleCounts.clear();
    }
  }
}
