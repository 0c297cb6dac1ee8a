package io.traingate.ingest;

import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;

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
    try {
      String userId = record.requiredId("user_id");
      ConsentAction action = record.requiredEnum("event", ConsentAction.class);
      return ParseOutcome.parsed(
          new ConsentEvent(userId, action, record.requiredTimestamp("effective_at"), record.optionalString("source")));
    } catch (RecordRejectedException e) {
      return ParseOutcome.rejected(e.toRejection().attributedTo(null, record.idOrNull("user_id")));
    }
  }
}
