package io.traingate.transforms;

import io.traingate.pii.EntityType;
import io.traingate.training.TrainingRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/** A {@link Redacted}: the training record and its replaced spans per type. */
final class RedactedCoder extends AtomicCoder<Redacted> {
  private static final RedactedCoder INSTANCE = new RedactedCoder();
  private static final EntityType[] TYPES = EntityType.values();

  private RedactedCoder() {}

  static RedactedCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Redacted redacted, OutputStream out) throws IOException {
    TrainingRecordCoder.of().encode(redacted.record(), out);
    // Redacted holds an EnumMap (or an empty map), so the entries come in one order: deterministic
    VarInt.encode(redacted.piiReplaced().size(), out);
    for (Map.Entry<EntityType, Integer> entry : redacted.piiReplaced().entrySet()) {
      Encodings.writeEnum(entry.getKey(), out);
      VarInt.encode(entry.getValue(), out);
    }
  }

  @Override
  public Redacted decode(InputStream in) throws IOException {
    TrainingRecord record = TrainingRecordCoder.of().decode(in);
    int types = VarInt.decodeInt(in);
    Map<EntityType, Integer> piiReplaced = new EnumMap<>(EntityType.class);
    for (int i = 0; i < types; i++) {
      EntityType type = Encodings.readEnum(TYPES, in);
      piiReplaced.put(type, VarInt.decodeInt(in));
    }
    return new Redacted(record, piiReplaced);
  }
}
