package io.traingate.cli;

import io.traingate.audit.AuditKeys;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The job's {@code traingate} counters as attempted values, summed over steps (all runners have these). */
final class JobMetrics {
  private JobMetrics() {}

  static Map<String, Long> counters(PipelineResult result) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(AuditKeys.NAMESPACE)).build());
    Map<String, Long> counts = new HashMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      counts.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return counts;
  }
}
