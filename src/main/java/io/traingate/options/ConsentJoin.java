package io.traingate.options;

/** How each conversation meets its user's consent timeline. */
public enum ConsentJoin {
  /** Every worker holds all timelines as a side input: best while the consent registry is small. */
  SIDE_INPUT,
  /** Conversations and timelines are grouped by user: scales to registries too big to broadcast. */
  SHUFFLE
}
