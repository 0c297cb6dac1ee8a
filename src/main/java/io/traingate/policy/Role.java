package io.traingate.policy;

/** Who wrote a message (data-contract.md, {@code messages[].role}). */
public enum Role {
  SYSTEM,
  USER,
  ASSISTANT,
  TOOL
}
