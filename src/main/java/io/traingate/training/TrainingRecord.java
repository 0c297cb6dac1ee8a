package io.traingate.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.traingate.policy.Role;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One line of a training shard: only the pseudonymous id, the product and the redacted messages.
 * No user id, workspace, plan or timestamp (data-contract.md).
 */
public record TrainingRecord(
    @JsonProperty("id") String id,
    @JsonProperty("product") String product,
    @JsonProperty("messages") List<TrainingMessage> messages)
    implements Serializable {

  /** A redacted message: role and content only. */
  public record TrainingMessage(@JsonProperty("role") String role, @JsonProperty("content") String content)
      implements Serializable {

    public static TrainingMessage of(Role role, String content) {
      return new TrainingMessage(role.name().toLowerCase(Locale.ROOT), content);
    }
  }

  public TrainingRecord {
    messages = List.copyOf(messages);
  }
}
