package io.traingate.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * When the generated activity happens: conversations over {@link #DAYS} days ending at the
 * consent snapshot time, with a small share after it (so the horizon rule sees traffic), and
 * consent events from a month before the window up to the snapshot.
 */
final class TimeWindow {
  static final Instant CONSENT_AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  static final int DAYS = 150;
  private static final Duration SPAN = Duration.ofDays(DAYS);
  private static final Duration AFTER_SNAPSHOT = Duration.ofDays(14);
  private static final Duration CONSENT_LEAD = Duration.ofDays(30);
  private static final double SHARE_AFTER_SNAPSHOT = 0.03;

  private TimeWindow() {}

  static Instant conversationStart(SplittableRandom random) {
    if (random.nextDouble() < SHARE_AFTER_SNAPSHOT) {
      return CONSENT_AS_OF.plusSeconds(1 + random.nextLong(AFTER_SNAPSHOT.toSeconds()));
    }
    return CONSENT_AS_OF.minusSeconds(1 + random.nextLong(SPAN.toSeconds()));
  }

  static Instant consentEvent(SplittableRandom random) {
    return CONSENT_AS_OF.minusSeconds(1 + random.nextLong(SPAN.plus(CONSENT_LEAD).toSeconds()));
  }
}
