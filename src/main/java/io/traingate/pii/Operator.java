package io.traingate.pii;

import java.util.Locale;

/** What replaces a found span (pii.md, "Replacement"). */
public enum Operator {
  /** {@code [EMAIL_1]}: the same value gets the same index throughout one conversation. */
  INDEXED,
  /** {@code [EMAIL]}. */
  TAG,
  /** Asterisks, keeping the last N characters. */
  MASK,
  /** {@code [EMAIL:5e8b1c0a]}: keyed HMAC, stable across conversations and runs under one key. */
  HASH,
  /** A realistic fake of the same kind and shape, stable within a conversation. */
  SURROGATE,
  /** The span is deleted. */
  REMOVE;

  /** Parses the policy file's lower-case name ({@code indexed}, {@code mask}, ...). */
  public static Operator fromName(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown redaction operator '" + name + "'; expected one of indexed, tag, mask, hash, surrogate, remove");
    }
  }
}
