package io.traingate.transforms;

import io.traingate.policy.Conversation;
import io.traingate.policy.Verdict;
import java.io.Serializable;

/** A conversation with the policy's verdict on it: what flows from deciding to redacting and the audit. */
public record Decided(Conversation conversation, Verdict verdict) implements Serializable {}
