package io.traingate.policy;

import java.io.Serializable;

/**
 * What the run learned about its consent input as a whole (policy.md rule 6).
 *
 * @param validEvents consent events read and accepted
 * @param unattributedBadRecords bad consent records that name no user: anyone could be behind them
 */
public record ConsentInputStatus(long validEvents, long unattributedBadRecords) implements Serializable {

  /** Whether nobody's consent can be proven: fail closed for all individual content. */
  public boolean isUnusable(boolean allowEmptyConsent) {
    return unattributedBadRecords > 0 || (validEvents == 0 && !allowEmptyConsent);
  }
}
