package io.traingate.cli;

import io.traingate.audit.AuditKeys;
import io.traingate.audit.AuditSummary;
import io.traingate.io.OutputLayout;
import io.traingate.policy.Decision;
import java.util.Map;

/** The short human summary printed after a run: counts only, never content. */
final class RunReport {
  private RunReport() {}

  static String render(AuditSummary summary, OutputLayout output) {
    StringBuilder text = new StringBuilder();
    text.append('\n')
        .append("traingate: ")
        .append(summary.get(AuditKeys.CONVERSATIONS_READ))
        .append(" conversations read, ")
        .append(summary.get(AuditKeys.CONSENT_EVENTS_READ))
        .append(" consent events read\n\n");
    text.append("Decisions\n");
    for (Decision decision : Decision.values()) {
      text.append(String.format("  %-34s %8d%n", decision.name(), summary.decisions(decision)));
    }
    appendNonZero(text, "Dead letters (conversations)", summary.withPrefix("dead_letters.conversations."));
    appendNonZero(text, "Dead letters (consent)", summary.withPrefix("dead_letters.consent."));
    text.append(
        String.format(
            "%nMessages: %d read, %d written, %d dropped after opt-out, %d beyond the consent horizon%n",
            summary.get(AuditKeys.MESSAGES_READ),
            summary.get(AuditKeys.MESSAGES_WRITTEN),
            summary.get(AuditKeys.MESSAGES_DROPPED_AFTER_OPT_OUT),
            summary.get(AuditKeys.MESSAGES_DROPPED_BEYOND_HORIZON)));
    appendNonZero(text, "Personal information replaced", summary.withPrefix("pii_replaced."));
    text.append(
        String.format(
            "%nTraining records written: %d (shards under %s)%n",
            summary.get(AuditKeys.TRAINING_RECORDS_WRITTEN),
            output.resolve("train")));
    text.append("Audit: ").append(output.resolve(OutputLayout.SUMMARY)).append(", decisions and dead letters beside it\n");
    text.append("Manifest: ").append(output.resolve(OutputLayout.MANIFEST)).append('\n');
    text.append(summary.isBalanced() ? "Balanced: every input conversation was decided exactly once.\n" : "NOT BALANCED\n");
    return text.toString();
  }

  private static void appendNonZero(StringBuilder text, String title, Map<String, Long> counts) {
    text.append('\n').append(title).append('\n');
    boolean any = false;
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      if (count.getValue() > 0) {
        text.append(String.format("  %-34s %8d%n", count.getKey(), count.getValue()));
        any = true;
      }
    }
    if (!any) {
      text.append("  none\n");
    }
  }
}
