package io.traingate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines ({@code \n} or {@code \r\n}) without ever holding more than the
 * record limit of one line: a longer line is skipped to its end and reported by length only. A
 * UTF-8 byte-order mark at the start of the stream is dropped. A final line end does not start
 * another line.
 */
public final class LineReader {
  private static final int BUFFER_SIZE = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean atStart = true;
  private byte[] line = new byte[256];

  public LineReader(InputStream in, int maxLineBytes) {
    if (maxLineBytes <= 0) {
      throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  public RawLine next() throws IOException {
    if (!fill()) {
      return null;
    }
    if (atStart) {
      atStart = false;
      skipByteOrderMark();
      if (!fill()) {
        return null;
      }
    }
    long length = 0;
    int kept = 0;
    while (fill()) {
      int end = indexOfNewline();
      int chunkEnd = end >= 0 ? end : limit;
      int chunk = chunkEnd - position;
      if (length + chunk <= maxLineBytes + 1L) { // +1: a '\r' before '\n' is not part of the line
        kept = append(kept, chunk);
      }
      length += chunk;
      position = chunkEnd;
      if (end >= 0) {
        position++;
        break;
      }
    }
    lineNumber++;
    if (length > 0 && kept == length && line[kept - 1] == '\r') {
      kept--;
      length--;
    }
    if (length > maxLineBytes) {
      return new RawLine(lineNumber, null, length);
    }
    return new RawLine(lineNumber, Arrays.copyOf(line, kept), length);
  }

  private int append(int kept, int count) {
    if (kept + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, kept + count));
    }
    System.arraycopy(buffer, position, line, kept, count);
    return kept + count;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void skipByteOrderMark() {
    if (limit - position >= 3
        && (buffer[position] & 0xFF) == 0xEF
        && (buffer[position + 1] & 0xFF) == 0xBB
        && (buffer[position + 2] & 0xFF) == 0xBF) {
      position += 3;
    }
  }

  /** Makes at least one byte available; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
