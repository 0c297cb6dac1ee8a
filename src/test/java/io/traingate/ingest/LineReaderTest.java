package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineReaderTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Hands out at most {@code chunk} bytes per read, and sometimes none at all. */
  static final class TrickleStream extends InputStream {
    private final byte[] data;
    private final int chunk;
    private int position;
    private boolean zeroNext = true;

    TrickleStream(byte[] data, int chunk) {
      this.data = data;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return position < data.length ? data[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= data.length) {
        return -1;
      }
      zeroNext = !zeroNext;
      if (zeroNext) {
        return 0;
      }
      int n = Math.min(Math.min(len, chunk), data.length - position);
      System.arraycopy(data, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** A line of {@code length} bytes followed by '\n', generated without holding it. */
  static final class LongLineStream extends InputStream {
    private final long length;
    private final byte[] tail;
    private long position;

    LongLineStream(long length, String tail) {
      this.length = length;
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (position < length) {
        position++;
        return 'x';
      }
      long t = position++ - length;
      return t < tail.length ? tail[(int) t] : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length + tail.length) {
        return -1;
      }
      int n = 0;
      while (n < len && position < length + tail.length) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }

  record Line(long number, String text, long length, boolean tooLarge) {}

  static List<Line> readAll(InputStream in, int limit) throws IOException {
    LineReader reader = new LineReader(in, limit);
    List<Line> lines = new ArrayList<>();
    for (RawLine line; (line = reader.next()) != null; ) {
      lines.add(new Line(line.number(), line.isTooLarge() ? null : new String(line.bytes(), StandardCharsets.UTF_8),
          line.length(), line.isTooLarge()));
    }
    return lines;
  }

  static List<Line> readAll(String text, int limit) throws IOException {
    return readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }

  static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void splitsOnNewlineWithoutAnExtraLineForTheFinalOne() throws IOException {
    List<Line> lines = readAll("a\nbb\n", 100);
    assertThat(lines, contains(new Line(1, "a", 1, false), new Line(2, "bb", 2, false)));
  }

  @Test
  void lastLineWithoutNewlineIsRead() throws IOException {
    assertThat(texts(readAll("a\nbb", 100)), contains("a", "bb"));
  }

  @Test
  void crlfEndsALineAndTheCarriageReturnIsNotPartOfIt() throws IOException {
    List<Line> lines = readAll("a\r\nbb\r\n", 100);
    assertThat(lines, contains(new Line(1, "a", 1, false), new Line(2, "bb", 2, false)));
  }

  @Test
  void carriageReturnInsideALineIsKept() throws IOException {
    assertThat(texts(readAll("a\rb\n", 100)), contains("a\rb"));
  }

  @Test
  void emptyLinesAreLinesAndKeepTheNumbering() throws IOException {
    List<Line> lines = readAll("\n\r\nx\n\n", 100);
    assertThat(lines, contains(
        new Line(1, "", 0, false), new Line(2, "", 0, false), new Line(3, "x", 1, false), new Line(4, "", 0, false)));
  }

  @Test
  void emptyStreamHasNoLine() throws IOException {
    assertThat(new LineReader(new ByteArrayInputStream(new byte[0]), 10).next(), is(nullValue()));
  }

  @Test
  void byteOrderMarkAtTheStartIsDropped() throws IOException {
    byte[] data = concat(BOM, "{}\n{}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(texts(readAll(new ByteArrayInputStream(data), 100)), contains("{}", "{}"));
  }

  @Test
  void streamOfOnlyAByteOrderMarkHasNoLine() throws IOException {
    assertThat(readAll(new ByteArrayInputStream(BOM), 100).size(), is(0));
  }

  @Test
  void byteOrderMarkLaterInTheStreamIsKept() throws IOException {
    byte[] data = concat("a\n".getBytes(StandardCharsets.UTF_8), concat(BOM, "b\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(texts(readAll(new ByteArrayInputStream(data), 100)), contains("a", "\uFEFFb"));
  }

  @Test
  void longLineIsReportedByLengthAndTheNextLinesKeepTheirNumbers() throws IOException {
    String text = "ok1\n" + "y".repeat(25) + "\nok3\n\nok5";
    List<Line> lines = readAll(text, 10);
    assertThat(lines, contains(
        new Line(1, "ok1", 3, false), new Line(2, null, 25, true), new Line(3, "ok3", 3, false),
        new Line(4, "", 0, false), new Line(5, "ok5", 3, false)));
  }

  @Test
  void lineExactlyAtTheLimitIsKeptAndOneByteMoreIsTooLarge() throws IOException {
    assertThat(readAll("0123456789\n", 10), contains(new Line(1, "0123456789", 10, false)));
    assertThat(readAll("0123456789", 10), contains(new Line(1, "0123456789", 10, false)));
    assertThat(readAll("0123456789a\nb", 10), contains(new Line(1, null, 11, true), new Line(2, "b", 1, false)));
  }

  @Test
  void crlfLineExactlyAtTheLimitIsNotTooLarge() throws IOException {
    assertThat(readAll("0123456789\r\nz\r\n", 10), contains(new Line(1, "0123456789", 10, false), new Line(2, "z", 1, false)));
  }

  @Test
  void tooLargeCrlfLineIsReportedWithoutItsLineEnd() throws IOException {
    assertThat(readAll("0123456789abcde\r\nz\r\n", 10), contains(new Line(1, null, 15, true), new Line(2, "z", 1, false)));
  }

  @Test
  void lineFarLongerThanTheReadBufferIsSkippedAndReportedByLength() throws IOException {
    long length = 3L * 1024 * 1024 + 17;
    List<Line> lines = readAll(new LongLineStream(length, "\n{\"after\": 1}\n"), 1024);
    assertThat(lines, contains(new Line(1, null, length, true), new Line(2, "{\"after\": 1}", 12, false)));
  }

  @Test
  void lineLongerThanTheInitialBufferButUnderTheLimitIsKeptWhole() throws IOException {
    String big = "z".repeat(200_000);
    assertThat(readAll("a\n" + big + "\nb", 300_000), contains(
        new Line(1, "a", 1, false), new Line(2, big, 200_000, false), new Line(3, "b", 1, false)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void streamsThatReturnFewBytesPerReadGiveTheSameLines(int chunk) throws IOException {
    String text = "first\r\n\nsecond line\n" + "q".repeat(40) + "\r\nlast";
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    List<Line> expected = readAll(new ByteArrayInputStream(data), 20);
    assertThat(expected.size(), is(5));
    assertThat(readAll(new TrickleStream(data, chunk), 20), is(expected));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void byteOrderMarkIsDroppedFromAStreamThatReturnsFewBytesPerRead(int chunk) throws IOException {
    byte[] data = concat(BOM, "{}\n{}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(texts(readAll(new TrickleStream(data, chunk), 100)), contains("{}", "{}"));
  }

  @Test
  void nonPositiveLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LineReader(new ByteArrayInputStream(new byte[0]), 0));
  }
}
