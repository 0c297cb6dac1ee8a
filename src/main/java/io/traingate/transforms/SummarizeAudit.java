package io.traingate.transforms;

import io.traingate.audit.AuditSummary;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Adds up every count of the run into the JSON of {@code audit/summary.json}. */
public final class SummarizeAudit extends PTransform<PCollectionList<KV<String, Long>>, PCollection<String>> {
  private final String policyFingerprint;

  public SummarizeAudit(String policyFingerprint) {
    this.policyFingerprint = policyFingerprint;
  }

  @Override
  public PCollection<String> expand(PCollectionList<KV<String, Long>> counts) {
    String fingerprint = policyFingerprint;
    return counts
        .apply("AllCounts", Flatten.pCollections())
        .apply("AddUp", Combine.globally(new AddUpFn()))
        .apply("RenderSummary", MapElements.into(TypeDescriptors.strings()).via(totals -> new AuditSummary(totals, fingerprint).toJson()));
  }

  /** Sums counts by name into one map (an empty run gives an empty map, so the summary is always written). */
  private static final class AddUpFn extends Combine.CombineFn<KV<String, Long>, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> totals, KV<String, Long> count) {
      totals.merge(count.getKey(), count.getValue(), Long::sum);
      return totals;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> parts) {
      Map<String, Long> totals = new HashMap<>();
      parts.forEach(part -> part.forEach((key, value) -> totals.merge(key, value, Long::sum)));
      return totals;
    }

    @Override
    public Map<String, Long> extractOutput(Map<String, Long> totals) {
      return totals;
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, Long>> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, Long>> input) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }
}
