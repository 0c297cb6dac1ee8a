package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The PERSON candidates found so far, for the list rules that ask whether a name was found by
 * another rule and add names without a second of the same: each ask and add takes about constant
 * time, where a walk of the candidates would make a text of many lists cost the square of its size.
 */
final class FoundPersons {

  private final List<Span> out;
  private final Set<Span> names = new HashSet<>();
  /** The chars that a PERSON candidate covers. */
  private final BitSet covered = new BitSet();

  /** Reads the PERSON candidates of {@code out}, to which {@link #add} adds. */
  FoundPersons(List<Span> out) {
    this.out = out;
    for (Span span : out) {
      if (span.type() == EntityType.PERSON) {
        note(span);
      }
    }
  }

  /** True if a PERSON candidate overlaps chars {@code [start, end)}. */
  boolean overlaps(int start, int end) {
    int covering = covered.nextSetBit(start);
    return covering >= 0 && covering < end;
  }

  /** Adds a PERSON candidate for chars {@code [start, end)} unless the same one is there. */
  void add(int start, int end) {
    Span name = new Span(EntityType.PERSON, start, end);
    if (!names.contains(name)) {
      out.add(name);
      note(name);
    }
  }

  private void note(Span name) {
    names.add(name);
    covered.set(name.start(), name.end());
  }
}
