package io.traingate.training;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The key behind training ids, hashes and surrogates. Lives only on the workers: it is read in
 * {@code @Setup}, never serialized into a job, never logged.
 */
public final class PseudonymKey {
  public static final int MIN_BYTES = 16;

  /** Used when no key file is given; fine for trying the pipeline, never for real data. */
  private static final byte[] DEVELOPMENT_KEY =
      "traingate-development-key-not-for-production".getBytes(StandardCharsets.UTF_8);

  private final byte[] key;
  private final HashFunction hmac;

  private PseudonymKey(byte[] key) {
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException("the pseudonym key must have at least " + MIN_BYTES + " bytes");
    }
    this.key = key.clone();
    this.hmac = Hashing.hmacSha256(this.key);
  }

  /** A key from a key file's bytes; a final line end is not part of the key. */
  public static PseudonymKey fromFileBytes(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
      end--;
    }
    return new PseudonymKey(Arrays.copyOf(bytes, end));
  }

  public static PseudonymKey development() {
    return new PseudonymKey(DEVELOPMENT_KEY);
  }

  /** Hex HMAC-SHA256 of {@code value} under the key: the training record's id. */
  public String hmacHex(String value) {
    return hmac.hashString(value, StandardCharsets.UTF_8).toString();
  }

  /** The key's bytes, for the redactor's hash and surrogate operators. */
  public byte[] bytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "PseudonymKey[redacted]";
  }
}
