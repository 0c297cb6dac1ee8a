package io.traingate.policy;

/** The kind of offering a (product, plan) pair belongs to. */
public enum Tier {
  INDIVIDUAL,
  BUSINESS,
  UNKNOWN
}
