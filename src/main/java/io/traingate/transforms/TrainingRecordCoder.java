package io.traingate.transforms;

import static io.traingate.transforms.Encodings.STRING;

import io.traingate.training.TrainingRecord;
import io.traingate.training.TrainingRecord.TrainingMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A {@link TrainingRecord}: what the training shards are written from. */
public final class TrainingRecordCoder extends AtomicCoder<TrainingRecord> {
  private static final TrainingRecordCoder INSTANCE = new TrainingRecordCoder();

  private TrainingRecordCoder() {}

  public static TrainingRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(TrainingRecord record, OutputStream out) throws IOException {
    STRING.encode(record.id(), out);
    STRING.encode(record.product(), out);
    Encodings.writeList(record.messages(), TrainingMessageCoder.INSTANCE, out);
  }

  @Override
  public TrainingRecord decode(InputStream in) throws IOException {
    String id = STRING.decode(in);
    String product = STRING.decode(in);
    List<TrainingMessage> messages = Encodings.readList(TrainingMessageCoder.INSTANCE, in);
    return new TrainingRecord(id, product, messages);
  }

  private static final class TrainingMessageCoder extends AtomicCoder<TrainingMessage> {
    private static final TrainingMessageCoder INSTANCE = new TrainingMessageCoder();

    @Override
    public void encode(TrainingMessage message, OutputStream out) throws IOException {
      STRING.encode(message.role(), out);
      STRING.encode(message.content(), out);
    }

    @Override
    public TrainingMessage decode(InputStream in) throws IOException {
      String role = STRING.decode(in);
      return new TrainingMessage(role, STRING.decode(in));
    }
  }
}
