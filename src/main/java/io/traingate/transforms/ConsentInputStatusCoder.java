package io.traingate.transforms;

import io.traingate.policy.ConsentInputStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/** A {@link ConsentInputStatus}: one per consent record before they are summed into one. */
final class ConsentInputStatusCoder extends AtomicCoder<ConsentInputStatus> {
  private static final ConsentInputStatusCoder INSTANCE = new ConsentInputStatusCoder();

  private ConsentInputStatusCoder() {}

  static ConsentInputStatusCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ConsentInputStatus status, OutputStream out) throws IOException {
    VarInt.encode(status.validEvents(), out);
    VarInt.encode(status.unattributedBadRecords(), out);
  }

  @Override
  public ConsentInputStatus decode(InputStream in) throws IOException {
    long validEvents = VarInt.decodeLong(in);
    return new ConsentInputStatus(validEvents, VarInt.decodeLong(in));
  }
}
