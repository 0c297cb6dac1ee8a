package io.traingate.policy;

import java.util.List;

/**
 * The outcome of the policy for one conversation.
 *
 * @param keptMessages the messages that may be used, in order; empty unless {@link Decision#ELIGIBLE}
 * @param droppedAfterOptOut messages dropped at or after the first opt-out following the start
 * @param droppedBeyondHorizon messages dropped for being later than the consent horizon
 */
public record Verdict(
    Decision decision, List<Message> keptMessages, int droppedAfterOptOut, int droppedBeyondHorizon)
    implements java.io.Serializable {

  public Verdict {
    keptMessages = List.copyOf(keptMessages);
  }

  public static Verdict excluded(Decision decision) {
    return new Verdict(decision, List.of(), 0, 0);
  }

  public boolean isEligible() {
    return decision == Decision.ELIGIBLE;
  }
}
