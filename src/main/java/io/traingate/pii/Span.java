package io.traingate.pii;

/** One finding: {@code text.substring(start, end)} is personal information of {@code type}. */
public record Span(EntityType type, int start, int end) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start < end, got " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }
}
