package io.traingate.transforms;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;

/** What every coder of the gate must do, and how its size compares with Java serialization. */
final class CoderChecks {
  /** Edge instants: the extremes java.time allows, before 1970, and a full nanosecond field. */
  static final List<Instant> EDGE_INSTANTS =
      List.of(Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 999_999_999), Instant.EPOCH);

  /** Text beyond ASCII: accents, emoji (surrogate pairs), CJK, right-to-left, combining marks, NUL. */
  static final String UNICODE = "Zoë 👋🏽 张伟 שלום e\u0301 \u0000 end";

  private CoderChecks() {}

  /**
   * Each value decodes to an equal one in every context (outer and nested), and the coder survives
   * Java serialization (runners ship coders that way).
   */
  @SafeVarargs
  static <T> void roundTrips(Coder<T> coder, T... values) throws Exception {
    CoderProperties.coderSerializable(coder);
    for (T value : values) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
    }
  }

  /** How many times larger Java serialization of {@code value} is than the coder's encoding. */
  static <T extends Serializable> double timesSmallerThanJavaSerialization(Coder<T> coder, Class<T> type, T value) throws Exception {
    int compact = CoderUtils.encodeToByteArray(coder, value).length;
    int java = CoderUtils.encodeToByteArray(SerializableCoder.of(type), value).length;
    return (double) java / compact;
  }
}
