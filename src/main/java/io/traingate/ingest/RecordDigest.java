package io.traingate.ingest;

import com.google.common.hash.Hashing;

/** A stable digest of a record's raw bytes: the last, deterministic duplicate tie-break. */
final class RecordDigest {
  private RecordDigest() {}

  static String of(byte[] rawBytes) {
    return Hashing.murmur3_128().hashBytes(rawBytes).toString();
  }
}
