package io.traingate.transforms;

import static io.traingate.transforms.Encodings.NULLABLE_STRING;

import io.traingate.audit.DecisionRecord;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.policy.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A {@link DecisionRecord}, one per input conversation; ids, code and source are null where unknown. */
public final class DecisionRecordCoder extends AtomicCoder<DecisionRecord> {
  private static final DecisionRecordCoder INSTANCE = new DecisionRecordCoder();
  private static final Decision[] DECISIONS = Decision.values();
  private static final DeadLetterCode[] CODES = DeadLetterCode.values();

  private DecisionRecordCoder() {}

  public static DecisionRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DecisionRecord record, OutputStream out) throws IOException {
    NULLABLE_STRING.encode(record.conversationId(), out);
    NULLABLE_STRING.encode(record.userId(), out);
    Encodings.writeEnum(record.decision(), out);
    Encodings.writeNullableEnum(record.code(), out);
    NULLABLE_STRING.encode(record.source(), out);
  }

  @Override
  public DecisionRecord decode(InputStream in) throws IOException {
    String conversationId = NULLABLE_STRING.decode(in);
    String userId = NULLABLE_STRING.decode(in);
    Decision decision = Encodings.readEnum(DECISIONS, in);
    DeadLetterCode code = Encodings.readNullableEnum(CODES, in);
    return new DecisionRecord(conversationId, userId, decision, code, NULLABLE_STRING.decode(in));
  }
}
