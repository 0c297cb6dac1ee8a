package io.traingate.policy;

import static io.traingate.policy.Fixtures.at;
import static io.traingate.policy.Fixtures.event;
import static io.traingate.policy.Fixtures.timeline;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsentTimelineTest {
  private static final Instant T = at("2026-03-10");

  @Test
  void withoutEventsTheUserIsOptedInAndNotDeleted() {
    ConsentTimeline empty = ConsentTimeline.empty();
    assertThat(empty.isOptedOutAt(T), is(false));
    assertThat(empty.isDeleted(), is(false));
    assertThat(empty.hasUnreadableRecord(), is(false));
    assertThat(empty.firstOptOutAfter(Instant.EPOCH), is(Optional.empty()));
  }

  @Test
  void optOutAppliesFromItsExactInstantOnwards() {
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-03-10"));
    assertThat(t.isOptedOutAt(T.minusNanos(1)), is(false));
    assertThat(t.isOptedOutAt(T), is(true));
    assertThat(t.isOptedOutAt(at("2099-01-01")), is(true));
  }

  @Test
  void optInAfterOptOutRestoresConsent() {
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-03-10"), event(ConsentAction.OPT_IN, "2026-04-01"));
    assertThat(t.isOptedOutAt(at("2026-03-31")), is(true));
    assertThat(t.isOptedOutAt(at("2026-04-01")), is(false));
    assertThat(t.isOptedOutAt(at("2026-05-01")), is(false));
  }

  @Test
  void optOutWinsATieAtOneInstantWhateverTheArrivalOrder() {
    ConsentEvent out = event(ConsentAction.OPT_OUT, "2026-03-10");
    ConsentEvent in = event(ConsentAction.OPT_IN, "2026-03-10");
    assertThat(timeline(out, in).isOptedOutAt(T), is(true));
    assertThat(timeline(in, out).isOptedOutAt(T), is(true));
    assertThat(timeline(in, out, in, in).isOptedOutAt(T.plusSeconds(3600)), is(true));
  }

  @Test
  void unsortedEventsGiveTheSameTimelineAsSortedOnes() {
    List<ConsentEvent> sorted = List.of(
        event(ConsentAction.OPT_OUT, "2026-01-01"), event(ConsentAction.OPT_IN, "2026-02-01"),
        event(ConsentAction.OPT_OUT, "2026-03-01"), event(ConsentAction.OPT_IN, "2026-04-01"));
    List<ConsentEvent> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    assertThat(ConsentTimeline.of(shuffled, false), is(ConsentTimeline.of(sorted, false)));
    ConsentTimeline t = ConsentTimeline.of(shuffled, false);
    assertThat(t.isOptedOutAt(at("2026-01-15")), is(true));
    assertThat(t.isOptedOutAt(at("2026-02-15")), is(false));
    assertThat(t.isOptedOutAt(at("2026-03-15")), is(true));
    assertThat(t.isOptedOutAt(at("2026-04-15")), is(false));
  }

  @Test
  void exactDuplicatesChangeNoAnswer() {
    ConsentEvent out = event(ConsentAction.OPT_OUT, "2026-03-10");
    ConsentEvent in = event(ConsentAction.OPT_IN, "2026-04-01");
    ConsentTimeline once = timeline(out, in);
    ConsentTimeline repeated = timeline(in, out, out, in, out, in);
    for (String probe : List.of("2026-03-09", "2026-03-10", "2026-03-20", "2026-04-01", "2026-05-01")) {
      assertThat(probe, repeated.isOptedOutAt(at(probe)), is(once.isOptedOutAt(at(probe))));
      assertThat(probe, repeated.firstOptOutAfter(at(probe)), is(once.firstOptOutAfter(at(probe))));
    }
  }

  @Test
  void deleteIsAbsorbingWhateverComesAfterIt() {
    ConsentTimeline t = timeline(event(ConsentAction.DELETE, "2026-01-01"), event(ConsentAction.OPT_IN, "2026-05-01"));
    assertThat(t.isDeleted(), is(true));
  }

  @Test
  void deleteIsNotAnOptOutInTheStateAtATime() {
    ConsentTimeline t = timeline(event(ConsentAction.DELETE, "2026-01-01"));
    assertThat(t.isOptedOutAt(at("2026-02-01")), is(false));
    assertThat(t.firstOptOutAfter(at("2025-01-01")), is(Optional.empty()));
  }

  @Test
  void unreadableRecordFlagIsKept() {
    assertThat(ConsentTimeline.of(List.of(), true).hasUnreadableRecord(), is(true));
    assertThat(ConsentTimeline.of(List.of(), false).hasUnreadableRecord(), is(false));
  }

  @Test
  void itsPartsRebuildAnEqualTimeline() {
    ConsentTimeline t = ConsentTimeline.of(
        List.of(event(ConsentAction.OPT_IN, "2026-04-01"), event(ConsentAction.DELETE, "2026-05-01"),
            event(ConsentAction.OPT_OUT, "2026-04-01"), event(ConsentAction.OPT_OUT, "2026-03-01")),
        true);
    List<ConsentEvent> reversed = new ArrayList<>(t.changes());
    Collections.reverse(reversed);
    assertThat(t.changes().size(), is(3));
    assertThat(ConsentTimeline.ofChanges(reversed, t.isDeleted(), t.hasUnreadableRecord()), is(t));
  }

  @Test
  void aDeletionIsNotAChange() {
    List<ConsentEvent> withDeletion = List.of(event(ConsentAction.DELETE, "2026-05-01"));
    assertThrows(IllegalArgumentException.class, () -> ConsentTimeline.ofChanges(withDeletion, false, false));
  }

  @Test
  void firstOptOutAfterIsStrictlyAfterAndSkipsOptIns() {
    ConsentTimeline t = timeline(
        event(ConsentAction.OPT_OUT, "2026-03-10"), event(ConsentAction.OPT_IN, "2026-04-01"),
        event(ConsentAction.OPT_IN, "2026-04-15"), event(ConsentAction.OPT_OUT, "2026-05-01"));
    assertThat(t.firstOptOutAfter(at("2026-03-01")), is(Optional.of(at("2026-03-10"))));
    assertThat(t.firstOptOutAfter(at("2026-03-10")), is(Optional.of(at("2026-05-01"))));
    assertThat(t.firstOptOutAfter(at("2026-04-02")), is(Optional.of(at("2026-05-01"))));
    assertThat(t.firstOptOutAfter(at("2026-05-01")), is(Optional.empty()));
  }

  @Test
  void firstOptOutAfterFindsAnOptOutTiedWithAnOptIn() {
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-04-01"), event(ConsentAction.OPT_IN, "2026-04-01"));
    assertThat(t.firstOptOutAfter(at("2026-03-01")), is(Optional.of(at("2026-04-01"))));
  }

  @Test
  void manyEventsAgreeWithALinearReading() {
    Random random = new Random(7);
    List<ConsentEvent> events = new ArrayList<>();
    Instant base = at("2026-01-01");
    for (int i = 0; i < 2000; i++) {
      ConsentAction action = random.nextBoolean() ? ConsentAction.OPT_OUT : ConsentAction.OPT_IN;
      events.add(new ConsentEvent("u1", action, base.plusSeconds(random.nextInt(1_000_000)), null));
    }
    ConsentTimeline t = ConsentTimeline.of(events, false);
    for (int probe = 0; probe < 300; probe++) {
      Instant time = base.plusSeconds(random.nextInt(1_100_000) - 50_000);
      assertThat(time.toString(), t.isOptedOutAt(time), is(linearOptedOut(events, time)));
    }
  }

  /** Independent reading of policy.md: the latest event at or before t; at that instant any opt-out wins. */
  private static boolean linearOptedOut(List<ConsentEvent> events, Instant time) {
    Instant latest = null;
    for (ConsentEvent e : events) {
      if (!e.effectiveAt().isAfter(time) && (latest == null || e.effectiveAt().isAfter(latest))) {
        latest = e.effectiveAt();
      }
    }
    if (latest == null) {
      return false;
    }
    for (ConsentEvent e : events) {
      if (e.effectiveAt().equals(latest) && e.action() == ConsentAction.OPT_OUT) {
        return true;
      }
    }
    return false;
  }
}
