package io.traingate.pii.replace;

import com.google.common.io.BaseEncoding;
import io.traingate.pii.EntityType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed digests of normalised values: the {@code hash} operator's tags and the seeds of
 * surrogates. HMAC-SHA256 under the pseudonym key, over {@code TYPE + ":" + value}. Not
 * thread-safe (one per conversation).
 */
public final class Pseudonyms {

  private static final String ALGORITHM = "HmacSHA256";
  private final Mac mac;

  public Pseudonyms(byte[] key) {
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("the pseudonym key is not usable as an HMAC-SHA256 key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM provides no HmacSHA256", e);
    }
  }

  /** {@code [EMAIL:5e8b1c0a]}: the first 8 hex digits of the value's HMAC. */
  public String hashTag(EntityType type, String normalizedValue) {
    byte[] digest = digest(type, normalizedValue);
    return "[" + type.name() + ":" + BaseEncoding.base16().lowerCase().encode(digest, 0, 4) + "]";
  }

  /** A seed for the value's surrogate, from the same HMAC. */
  public long seed(EntityType type, String normalizedValue) {
    return ByteBuffer.wrap(digest(type, normalizedValue)).getLong();
  }

  private byte[] digest(EntityType type, String normalizedValue) {
    return mac.doFinal((type.name() + ":" + normalizedValue).getBytes(StandardCharsets.UTF_8));
  }
}
