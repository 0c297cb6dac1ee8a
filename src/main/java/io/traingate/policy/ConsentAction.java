package io.traingate.policy;

/** The kinds of consent event (data-contract.md, {@code event}). */
public enum ConsentAction {
  OPT_OUT,
  OPT_IN,
  DELETE
}
