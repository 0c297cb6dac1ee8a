package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * A detector that reasons over the words of a text (names, addresses, identity documents) rather
 * than its characters. The tokens are computed once per text and shared. Same contract as
 * {@link Detector}: stateless, thread-safe, linear, silent about what it reads.
 */
public interface WordDetector {

  void detect(Tokens tokens, List<Span> out);
}
