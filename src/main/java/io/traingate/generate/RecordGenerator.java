package io.traingate.generate;

import java.util.function.Consumer;

/** Writes the lines that belong to one index (a conversation, or a user's consent events), from the seed alone. */
interface RecordGenerator {
  void generate(long index, Consumer<GeneratedLine> out);
}
