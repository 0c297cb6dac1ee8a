package io.traingate.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ManifestFileTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(utf8(content));
    }
    return out.toByteArray();
  }

  /** SHA-256 by another library than the one under test uses. */
  private static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  private static ManifestFile describe(String path, byte[] stored) throws IOException {
    return ManifestFile.describe(path, new ByteArrayInputStream(stored));
  }

  @Test
  void plainFileCountsLinesBytesAndDigest() throws IOException {
    byte[] stored = utf8("{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n");
    ManifestFile f = describe("audit/decisions-00000-of-00001.jsonl", stored);
    assertThat(f.path(), is("audit/decisions-00000-of-00001.jsonl"));
    assertThat(f.records(), is(3L));
    assertThat(f.bytes(), is((long) stored.length));
    assertThat(f.sha256(), is(sha256(stored)));
  }

  @Test
  void lastLineWithoutNewlineStillCounts() throws IOException {
    assertThat(describe("x.jsonl", utf8("a\nb")).records(), is(2L));
  }

  @Test
  void emptyFileHasNoRecords() throws IOException {
    ManifestFile f = describe("x.jsonl", new byte[0]);
    assertThat(f.records(), is(0L));
    assertThat(f.bytes(), is(0L));
    assertThat(f.sha256(), is(sha256(new byte[0])));
  }

  @Test
  void gzipFileCountsContentLinesButStoredBytesAndDigest() throws IOException {
    byte[] stored = gzip("l1\nl2\nl3\nl4\n");
    ManifestFile f = describe("train/train-00000-of-00002.jsonl.gz", stored);
    assertThat(f.records(), is(4L));
    assertThat(f.bytes(), is((long) stored.length));
    assertThat(f.sha256(), is(sha256(stored)));
  }

  @Test
  void gzipOfManyLinesAcrossBufferBoundaries() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      content.append("{\"n\":").append(i).append("}\n");
    }
    byte[] stored = gzip(content.toString());
    ManifestFile f = describe("train/t.jsonl.gz", stored);
    assertThat(f.records(), is(50_000L));
    assertThat(f.bytes(), is((long) stored.length));
    assertThat(f.sha256(), is(sha256(stored)));
  }

  @Test
  void gzipWhoseContentLacksAFinalNewline() throws IOException {
    assertThat(describe("t.jsonl.gz", gzip("a\nb\nc")).records(), is(3L));
  }

  @Test
  void plainFileNamedWithoutGzIsNotGunzipped() throws IOException {
    byte[] stored = gzip("a\nb\n");
    ManifestFile f = describe("t.bin", stored);
    assertThat(f.bytes(), is((long) stored.length));
    assertThat(f.sha256(), is(sha256(stored)));
  }
}
