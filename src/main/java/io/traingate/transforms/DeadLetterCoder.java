package io.traingate.transforms;

import static io.traingate.transforms.Encodings.NULLABLE_STRING;

import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.DeadLetterCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A {@link DeadLetter}; every text field may be null (the record says what could be read). */
public final class DeadLetterCoder extends AtomicCoder<DeadLetter> {
  private static final DeadLetterCoder INSTANCE = new DeadLetterCoder();
  private static final DeadLetterCode[] CODES = DeadLetterCode.values();

  private DeadLetterCoder() {}

  public static DeadLetterCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DeadLetter deadLetter, OutputStream out) throws IOException {
    Encodings.writeEnum(deadLetter.code(), out);
    NULLABLE_STRING.encode(deadLetter.detail(), out);
    NULLABLE_STRING.encode(deadLetter.source(), out);
    NULLABLE_STRING.encode(deadLetter.conversationId(), out);
    NULLABLE_STRING.encode(deadLetter.userId(), out);
    NULLABLE_STRING.encode(deadLetter.raw(), out);
    NULLABLE_STRING.encode(deadLetter.rawBase64(), out);
  }

  @Override
  public DeadLetter decode(InputStream in) throws IOException {
    DeadLetterCode code = Encodings.readEnum(CODES, in);
    String detail = NULLABLE_STRING.decode(in);
    String source = NULLABLE_STRING.decode(in);
    String conversationId = NULLABLE_STRING.decode(in);
    String userId = NULLABLE_STRING.decode(in);
    String raw = NULLABLE_STRING.decode(in);
    return new DeadLetter(code, detail, source, conversationId, userId, raw, NULLABLE_STRING.decode(in));
  }
}
