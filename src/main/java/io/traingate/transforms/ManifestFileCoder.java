package io.traingate.transforms;

import static io.traingate.transforms.Encodings.STRING;

import io.traingate.audit.ManifestFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/** A {@link ManifestFile}: one per written file, gathered into the manifest. */
final class ManifestFileCoder extends AtomicCoder<ManifestFile> {
  private static final ManifestFileCoder INSTANCE = new ManifestFileCoder();

  private ManifestFileCoder() {}

  static ManifestFileCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ManifestFile file, OutputStream out) throws IOException {
    STRING.encode(file.path(), out);
    VarInt.encode(file.records(), out);
    VarInt.encode(file.bytes(), out);
    STRING.encode(file.sha256(), out);
  }

  @Override
  public ManifestFile decode(InputStream in) throws IOException {
    String path = STRING.decode(in);
    long records = VarInt.decodeLong(in);
    long bytes = VarInt.decodeLong(in);
    return new ManifestFile(path, records, bytes, STRING.decode(in));
  }
}
