package io.traingate.bench;

/** The two jobs the benchmark compares on the same input. */
public enum Mode {
  /** {@code --passThrough}: reading, parsing, shuffling and writing, no deciding, no redacting. */
  FLOOR("floor"),
  /** The gate as it runs in production: deciding and redacting too. */
  FULL("full");

  private final String label;

  Mode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
