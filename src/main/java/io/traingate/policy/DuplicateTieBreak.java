package io.traingate.policy;

import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Which of several records with one {@code conversation_id} is kept (policy.md rule 2): the latest
 * last-message time, then the most messages, then the smallest record digest (any fixed order of
 * the digest would do; the smallest makes the choice reproducible on every runner).
 */
public final class DuplicateTieBreak {
  /** Orders records so that the winner is the greatest. */
  private static final Comparator<Conversation> WINNER_LAST =
      Comparator.comparing(Conversation::lastMessageTime)
          .thenComparingInt(conversation -> conversation.messages().size())
          .thenComparing(Conversation::recordDigest, Comparator.reverseOrder());

  private DuplicateTieBreak() {}

  /**
   * The record that wins the tie-break among {@code records} (at least one); every other record is
   * handed to {@code superseded}. One pass: a grouped result may not be iterable twice.
   */
  public static Conversation resolve(Iterable<Conversation> records, Consumer<Conversation> superseded) {
    Conversation winner = null;
    for (Conversation record : records) {
      if (winner == null) {
        winner = record;
      } else if (WINNER_LAST.compare(record, winner) > 0) {
        superseded.accept(winner);
        winner = record;
      } else {
        superseded.accept(record);
      }
    }
    if (winner == null) {
      throw new IllegalArgumentException("no records to choose from");
    }
    return winner;
  }
}
