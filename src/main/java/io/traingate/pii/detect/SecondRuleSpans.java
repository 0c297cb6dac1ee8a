package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spans of one type that a second rule finds after a detector's main one (a table's name column,
 * a CJK frame), added to the candidates only where no span of that type found before overlaps
 * them. The covered ranges are kept merged in a sorted map, so each span costs a logarithmic look,
 * however many a text holds (a megabyte of "田中さん" holds over a hundred thousand).
 */
final class SecondRuleSpans {

  private final List<Span> out;
  private final EntityType type;
  /** Disjoint covered ranges, start to end; read from {@link #out} when the first span is offered. */
  private TreeMap<Integer, Integer> covered;

  SecondRuleSpans(List<Span> out, EntityType type) {
    this.out = out;
    this.type = type;
  }

  /** Adds the span {@code [start, end)} unless a span of the type found before overlaps it. */
  void add(int start, int end) {
    if (covered == null) {
      covered = new TreeMap<>();
      for (Span span : out) {
        if (span.type() == type) {
          cover(span.start(), span.end());
        }
      }
    }
    // of disjoint ranges, the last that starts before the span ends is the only one that can overlap it
    Map.Entry<Integer, Integer> last = covered.floorEntry(end - 1);
    if (last != null && last.getValue() > start) {
      return;
    }
    out.add(new Span(type, start, end));
    cover(start, end);
  }

  private void cover(int start, int end) {
    Map.Entry<Integer, Integer> before = covered.floorEntry(start);
    if (before != null && before.getValue() >= start) {
      start = before.getKey();
      end = Math.max(end, before.getValue());
      covered.remove(before.getKey());
    }
    for (Map.Entry<Integer, Integer> after = covered.ceilingEntry(start); after != null && after.getKey() <= end;
        after = covered.ceilingEntry(start)) {
      end = Math.max(end, after.getValue());
      covered.remove(after.getKey());
    }
    covered.put(start, end);
  }
}
