package io.traingate.policy;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's consent history, as policy.md's "Consent timeline" reads it: the state at time t is
 * set by the last opt-out or opt-in at or before t (opted in when there is none), an opt-out wins
 * over an opt-in at the same instant, and a deletion is absorbing. Events may arrive in any order
 * and repeated.
 */
public final class ConsentTimeline implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Opt-in before opt-out at one instant, so that the last change at that instant is the opt-out. */
  private static final Comparator<ConsentEvent> TIME_THEN_OPT_OUT_LAST =
      Comparator.comparing(ConsentEvent::effectiveAt)
          .thenComparing(event -> event.action() == ConsentAction.OPT_OUT);

  private final List<ConsentEvent> changes;
  private final boolean deleted;
  private final boolean hasUnreadableRecord;

  private ConsentTimeline(List<ConsentEvent> changes, boolean deleted, boolean hasUnreadableRecord) {
    this.changes = changes;
    this.deleted = deleted;
    this.hasUnreadableRecord = hasUnreadableRecord;
  }

  /**
   * @param events the user's valid events, any order
   * @param hasUnreadableRecord whether a consent record that names the user could not be read
   */
  public static ConsentTimeline of(Iterable<ConsentEvent> events, boolean hasUnreadableRecord) {
    List<ConsentEvent> changes = new ArrayList<>();
    boolean deleted = false;
    for (ConsentEvent event : events) {
      if (event.action() == ConsentAction.DELETE) {
        deleted = true;
      } else {
        changes.add(event);
      }
    }
    return sorted(changes, deleted, hasUnreadableRecord);
  }

  /**
   * The timeline that {@link #changes()}, {@link #isDeleted()} and {@link #hasUnreadableRecord()}
   * describe: how an encoding of one is read back.
   *
   * @param changes opt-outs and opt-ins only, any order
   */
  public static ConsentTimeline ofChanges(List<ConsentEvent> changes, boolean deleted, boolean hasUnreadableRecord) {
    for (ConsentEvent change : changes) {
      if (change.action() == ConsentAction.DELETE) {
        throw new IllegalArgumentException("a deletion is not a change of the timeline: pass deleted=true instead");
      }
    }
    return sorted(new ArrayList<>(changes), deleted, hasUnreadableRecord);
  }

  private static ConsentTimeline sorted(List<ConsentEvent> changes, boolean deleted, boolean hasUnreadableRecord) {
    changes.sort(TIME_THEN_OPT_OUT_LAST);
    return new ConsentTimeline(List.copyOf(changes), deleted, hasUnreadableRecord);
  }

  /** A user with no event at all: opted in, not deleted. */
  public static ConsentTimeline empty() {
    return new ConsentTimeline(List.of(), false, false);
  }

  /** The opt-outs and opt-ins, in the order the timeline reads them; deletions are {@link #isDeleted()}. */
  public List<ConsentEvent> changes() {
    return changes;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public boolean hasUnreadableRecord() {
    return hasUnreadableRecord;
  }

  /** Whether the user is opted out at {@code time}; an event at exactly {@code time} applies. */
  public boolean isOptedOutAt(Instant time) {
    int last = lastChangeAtOrBefore(time);
    return last >= 0 && changes.get(last).action() == ConsentAction.OPT_OUT;
  }

  /** The first opt-out strictly after {@code time}, if any. */
  public Optional<Instant> firstOptOutAfter(Instant time) {
    for (int i = lastChangeAtOrBefore(time) + 1; i < changes.size(); i++) {
      if (changes.get(i).action() == ConsentAction.OPT_OUT) {
        return Optional.of(changes.get(i).effectiveAt());
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsentTimeline other
        && deleted == other.deleted
        && hasUnreadableRecord == other.hasUnreadableRecord
        && changes.equals(other.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(changes, deleted, hasUnreadableRecord);
  }

  /** Index of the last change with {@code effectiveAt <= time}, or -1 (binary search: users may have thousands). */
  private int lastChangeAtOrBefore(Instant time) {
    int low = 0;
    int high = changes.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (changes.get(mid).effectiveAt().isAfter(time)) {
        high = mid - 1;
      } else {
        found = mid;
        low = mid + 1;
      }
    }
    return found;
  }
}
