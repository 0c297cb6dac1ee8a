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
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private int limit;
  private long lineNumber;
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
    long length = 0;
    int kept = 0;
    boolean endsWithCarriageReturn = false;
    boolean endedByNewline = false;
    while (fill()) {
      int end = indexOfNewline();
      int chunkEnd = end >= 0 ? end : limit;
      int chunk = chunkEnd - position;
      // keep at most limit + 1 bytes: enough to tell a line at the limit plus '\r' from a longer one
      kept = append(kept, (int) Math.min(chunk, Math.max(0, maxLineBytes + 1L - length)));
      if (chunk > 0) {
        endsWithCarriageReturn = buffer[chunkEnd - 1] == '\r';
      }
      length += chunk;
      position = chunkEnd;
      if (end >= 0) {
        position++;
        endedByNewline = true;
        break;
      }
    }
    lineNumber++;
    if (endsWithCarriageReturn) {
      length--;
      kept = (int) Math.min(kept, length);
    }
    int start = 0;
    if (lineNumber == 1 && startsWithByteOrderMark(kept)) {
      start = BYTE_ORDER_MARK.length;
      length -= start;
    }
    if (length == 0 && !endedByNewline) {
      return null; // the stream held only a byte-order mark or a final '\r'
    }
    if (length > maxLineBytes) {
      return new RawLine(lineNumber, null, length);
    }
    return new RawLine(lineNumber, Arrays.copyOfRange(line, start, kept), length);
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

  private boolean startsWithByteOrderMark(int kept) {
    return kept >= BYTE_ORDER_MARK.length && Arrays.equals(line, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length);
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
