package io.traingate.io;

import io.traingate.training.PseudonymKey;

/** Reads the pseudonym key from its file on any Beam file system (local, gs://). */
public final class PseudonymKeys {
  private PseudonymKeys() {}

  /** @param keyFile the key file, or null for the development key */
  public static PseudonymKey load(String keyFile) {
    if (keyFile == null) {
      return PseudonymKey.development();
    }
    return PseudonymKey.fromFileBytes(InputFiles.readAll(keyFile));
  }
}
