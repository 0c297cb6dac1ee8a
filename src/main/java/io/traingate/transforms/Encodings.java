package io.traingate.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * The field encodings the gate's coders share, so that each kind of field is written one way.
 * Every one is deterministic (no maps, no identity hashes), so the coders built from them are too.
 * Text is UTF-8 as Beam's {@link StringUtf8Coder} writes it, the same as the string keys of every
 * grouping: a lone UTF-16 surrogate comes back as {@code ?}.
 */
final class Encodings {
  static final Coder<String> STRING = StringUtf8Coder.of();
  static final Coder<String> NULLABLE_STRING = NullableCoder.of(STRING);
  static final Coder<Instant> INSTANT = InstantCoder.INSTANCE;
  static final Coder<Instant> NULLABLE_INSTANT = NullableCoder.of(INSTANT);

  private Encodings() {}

  static void writeBoolean(boolean value, OutputStream out) throws IOException {
    out.write(value ? 1 : 0);
  }

  static boolean readBoolean(InputStream in) throws IOException {
    int value = in.read();
    if (value < 0) {
      throw new CoderException("unexpected end of input");
    }
    return value == 1;
  }

  /** By ordinal: the coders and the enums ship in one jar, so both ends agree on it. */
  static void writeEnum(Enum<?> value, OutputStream out) throws IOException {
    VarInt.encode(value.ordinal(), out);
  }

  static <E extends Enum<E>> E readEnum(E[] values, InputStream in) throws IOException {
    int ordinal = VarInt.decodeInt(in);
    if (ordinal < 0 || ordinal >= values.length) {
      throw new CoderException("no " + values.getClass().getComponentType().getSimpleName() + " with ordinal " + ordinal);
    }
    return values[ordinal];
  }

  static void writeNullableEnum(Enum<?> value, OutputStream out) throws IOException {
    writeBoolean(value != null, out);
    if (value != null) {
      writeEnum(value, out);
    }
  }

  static <E extends Enum<E>> E readNullableEnum(E[] values, InputStream in) throws IOException {
    return readBoolean(in) ? readEnum(values, in) : null;
  }

  static <T> void writeList(List<T> list, Coder<T> element, OutputStream out) throws IOException {
    VarInt.encode(list.size(), out);
    for (T value : list) {
      element.encode(value, out);
    }
  }

  static <T> List<T> readList(Coder<T> element, InputStream in) throws IOException {
    int size = VarInt.decodeInt(in);
    if (size < 0) {
      throw new CoderException("negative list size " + size);
    }
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.decode(in));
    }
    return list;
  }

  /** Seconds and nanoseconds as var-ints: 6 bytes for a time of this century, and any Instant round-trips. */
  private static final class InstantCoder extends AtomicCoder<Instant> {
    private static final InstantCoder INSTANCE = new InstantCoder();

    @Override
    public void encode(Instant instant, OutputStream out) throws IOException {
      VarInt.encode(instant.getEpochSecond(), out);
      VarInt.encode(instant.getNano(), out);
    }

    @Override
    public Instant decode(InputStream in) throws IOException {
      long seconds = VarInt.decodeLong(in);
      return Instant.ofEpochSecond(seconds, VarInt.decodeInt(in));
    }
  }
}
