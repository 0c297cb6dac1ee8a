package io.traingate.cli;

import io.traingate.audit.AuditKeys;
import io.traingate.policy.Decision;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints, every few seconds while a job runs, how many conversations have been decided, the rate,
 * and the counts so far, from the job's own {@code traingate} metrics (attempted values: a retried
 * bundle may count twice here, never in the audit summary).
 */
final class ProgressPrinter implements AutoCloseable {
  static final long INTERVAL_MILLIS = 5_000;

  private final PrintStream out;
  private final Supplier<Map<String, Long>> counters;
  private final Thread thread;
  private final long startNanos = System.nanoTime();

  /** @param counters the current metric values by name, or an empty map while none are known */
  ProgressPrinter(PrintStream out, Supplier<Map<String, Long>> counters) {
    this.out = out;
    this.counters = counters;
    this.thread = new Thread(this::loop, "traingate-progress");
    thread.setDaemon(true);
  }

  ProgressPrinter start() {
    thread.start();
    return this;
  }

  private void loop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(INTERVAL_MILLIS);
        Map<String, Long> now;
        try {
          now = counters.get();
        } catch (RuntimeException e) {
          continue; // metrics are best effort while the job runs
        }
        if (!now.isEmpty()) {
          out.println(line(now, (System.nanoTime() - startNanos) / 1e9));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String line(Map<String, Long> counts, double seconds) {
    long decided = 0;
    for (Decision decision : Decision.values()) {
      decided += counts.getOrDefault(AuditKeys.decision(decision), 0L);
    }
    long eligible = counts.getOrDefault(AuditKeys.decision(Decision.ELIGIBLE), 0L);
    long deadLetters = counts.getOrDefault(AuditKeys.decision(Decision.DEAD_LETTER), 0L);
    return String.format(
        "[%5.0fs] read %,d, decided %,d (%,.0f/s): eligible %,d, excluded %,d, dead letters %,d; training records %,d",
        seconds,
        counts.getOrDefault(AuditKeys.CONVERSATIONS_READ, 0L),
        decided,
        seconds > 0 ? decided / seconds : 0,
        eligible,
        decided - eligible - deadLetters,
        deadLetters,
        counts.getOrDefault(AuditKeys.TRAINING_RECORDS_WRITTEN, 0L));
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
