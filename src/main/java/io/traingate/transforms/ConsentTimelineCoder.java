package io.traingate.transforms;

import io.traingate.policy.ConsentEvent;
import io.traingate.policy.ConsentTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/**
 * A user's {@link ConsentTimeline}: what the grouped consent join shuffles and the side-input join
 * broadcasts, once per user of the registry.
 */
final class ConsentTimelineCoder extends AtomicCoder<ConsentTimeline> {
  private static final ConsentTimelineCoder INSTANCE = new ConsentTimelineCoder();

  private ConsentTimelineCoder() {}

  static ConsentTimelineCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ConsentTimeline timeline, OutputStream out) throws IOException {
    Encodings.writeList(timeline.changes(), ConsentEventCoder.of(), out);
    Encodings.writeBoolean(timeline.isDeleted(), out);
    Encodings.writeBoolean(timeline.hasUnreadableRecord(), out);
  }

  @Override
  public ConsentTimeline decode(InputStream in) throws IOException {
    List<ConsentEvent> changes = Encodings.readList(ConsentEventCoder.of(), in);
    boolean deleted = Encodings.readBoolean(in);
    return ConsentTimeline.ofChanges(changes, deleted, Encodings.readBoolean(in));
  }
}
