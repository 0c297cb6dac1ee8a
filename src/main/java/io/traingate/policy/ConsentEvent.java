package io.traingate.policy;

import java.io.Serializable;
import java.time.Instant;

/** One valid consent event. {@code source} may be null. */
public record ConsentEvent(String userId, ConsentAction action, Instant effectiveAt, String source)
    implements Serializable {}
