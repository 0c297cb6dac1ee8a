package io.traingate.ingest;

/**
 * One line of an input file, without its line end.
 *
 * @param number 1-based line number in its file
 * @param bytes the line's bytes, or null when it is longer than the record limit
 * @param length the line's length in bytes (also when too large)
 */
public record RawLine(long number, byte[] bytes, long length) {

  public boolean isTooLarge() {
    return bytes == null;
  }
}
