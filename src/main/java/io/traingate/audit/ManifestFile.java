package io.traingate.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * One written file as {@code _MANIFEST.json} lists it: path under the output root, records
 * (lines), bytes and SHA-256 as stored.
 */
public record ManifestFile(
    @JsonProperty("path") String path,
    @JsonProperty("records") long records,
    @JsonProperty("bytes") long bytes,
    @JsonProperty("sha256") String sha256)
    implements Serializable {

  /** Reads a file once: digest and size of the stored bytes, lines of the content (gunzipped when .gz). */
  public static ManifestFile describe(String path, InputStream stored) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
    CountingInputStream counted = new CountingInputStream(new DigestInputStream(stored, sha256));
    long records = countLines(path.endsWith(".gz") ? new GZIPInputStream(counted) : counted);
    ByteStreams.exhaust(counted); // a gzip trailer or padding still counts towards size and digest
    return new ManifestFile(path, records, counted.getCount(), HexFormat.of().formatHex(sha256.digest()));
  }

  private static long countLines(InputStream content) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    int lastByte = '\n';
    for (int read; (read = content.read(buffer)) > 0; ) {
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
      lastByte = buffer[read - 1];
    }
    return lastByte == '\n' ? lines : lines + 1;
  }
}
