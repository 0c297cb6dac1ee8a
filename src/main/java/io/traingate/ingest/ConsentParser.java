package io.traingate.ingest;

import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.time.Instant;

/** Reads one consent event line of the data contract. */
public final class ConsentParser implements RecordParser<ConsentEvent> {
  private static final long serialVersionUID = 1L;

  @Override
  public ParseOutcome<ConsentEvent> parse(String json, byte[] rawBytes) {
    JsonFields record;
    try {
      record = JsonFields.parseObject(json);
    } catch (RecordRejectedException e) {
      return ParseOutcome.rejected(e.toRejection());
    }
    String userId = record.requiredId("user_id");
    ConsentAction action = record.requiredEnum("event", ConsentAction.class);
    Instant effectiveAt = record.requiredTimestamp("effective_at");
    String source = record.optionalString("source");
    if (record.problem() != null) {
      // a bad record that still names its user excludes only that user (policy.md rule 7)
      return ParseOutcome.rejected(record.problem().attributedTo(null, userId));
    }
    return ParseOutcome.parsed(new ConsentEvent(userId, action, effectiveAt, source));
  }
}
