package io.traingate.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.traingate.policy.Role;
import java.io.ByteArrayInputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.junit.jupiter.api.Test;

/** Bytes that no coder wrote fail as a coder error, not as an index or a wrong value. */
class EncodingsTest {
  @Test
  void anOrdinalBeyondTheEnumIsRefused() {
    assertThrows(CoderException.class, () -> Encodings.readEnum(Role.values(), new ByteArrayInputStream(new byte[] {(byte) Role.values().length})));
  }

  @Test
  void aNegativeListSizeIsRefused() {
    byte[] minusOne = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
    assertThrows(CoderException.class, () -> Encodings.readList(MessageCoder.of(), new ByteArrayInputStream(minusOne)));
  }

  @Test
  void aMissingFlagIsRefused() {
    assertThrows(CoderException.class, () -> Encodings.readBoolean(new ByteArrayInputStream(new byte[0])));
  }
}
