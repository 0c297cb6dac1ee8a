package io.traingate.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.policy.Conversation;
import io.traingate.policy.Decision;
import java.io.Serializable;

/**
 * One line of {@code audit/decisions-*.jsonl.gz}: which input conversation got which decision.
 * Never content. Ids are null for dead letters that could not be read that far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRecord(
    @JsonProperty("conversation_id") String conversationId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("decision") Decision decision,
    @JsonProperty("code") DeadLetterCode code,
    @JsonProperty("source") String source)
    implements Serializable {

  public static DecisionRecord of(Conversation conversation, Decision decision) {
    return new DecisionRecord(conversation.conversationId(), conversation.userId(), decision, null, null);
  }

  public static DecisionRecord of(DeadLetter deadLetter) {
    return new DecisionRecord(
        deadLetter.conversationId(), deadLetter.userId(), Decision.DEAD_LETTER, deadLetter.code(), deadLetter.source());
  }
}
