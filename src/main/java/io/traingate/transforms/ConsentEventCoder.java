package io.traingate.transforms;

import static io.traingate.transforms.Encodings.INSTANT;
import static io.traingate.transforms.Encodings.NULLABLE_STRING;
import static io.traingate.transforms.Encodings.STRING;

import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A {@link ConsentEvent}: the consent read's records, grouped by user into timelines. */
public final class ConsentEventCoder extends AtomicCoder<ConsentEvent> {
  private static final ConsentEventCoder INSTANCE = new ConsentEventCoder();
  private static final ConsentAction[] ACTIONS = ConsentAction.values();

  private ConsentEventCoder() {}

  public static ConsentEventCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ConsentEvent event, OutputStream out) throws IOException {
    STRING.encode(event.userId(), out);
    Encodings.writeEnum(event.action(), out);
    INSTANT.encode(event.effectiveAt(), out);
    NULLABLE_STRING.encode(event.source(), out);
  }

  @Override
  public ConsentEvent decode(InputStream in) throws IOException {
    String userId = STRING.decode(in);
    ConsentAction action = Encodings.readEnum(ACTIONS, in);
    Instant effectiveAt = INSTANT.decode(in);
    return new ConsentEvent(userId, action, effectiveAt, NULLABLE_STRING.decode(in));
  }
}
