package io.traingate.policy;

/** Which conversations an opt-out excludes (policy.md rule 10). */
public enum OptOutScope {
  /** Conversations started while the user was opted out (the policy statement's wording). */
  NEW_CONVERSATIONS,
  /** Also every conversation of a user who is opted out at the consent horizon. */
  ALL_CONTENT
}
