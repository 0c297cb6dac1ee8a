package io.traingate.policy;

import static io.traingate.policy.Fixtures.conversation;
import static io.traingate.policy.Fixtures.msg;
import static io.traingate.policy.Fixtures.withDigest;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateTieBreakTest {

  @Test
  void latestLastMessageWinsOverMoreMessages() {
    Conversation many = withDigest(conversation("x", "2026-03-01", msg("1", null), msg("2", "2026-03-02"), msg("3", "2026-03-03")), "00");
    Conversation later = withDigest(conversation("x", "2026-03-01", msg("1", "2026-03-04")), "ff");
    assertThat(winnerOf(List.of(many, later)), is(sameInstance(later)));
    assertThat(winnerOf(List.of(later, many)), is(sameInstance(later)));
  }

  @Test
  void creationTimeCountsWhenThereAreNoTimedMessages() {
    Conversation createdLater = withDigest(conversation("x", "2026-03-05"), "ff");
    Conversation earlierMessage = withDigest(conversation("x", "2026-03-01", msg("m", "2026-03-04")), "00");
    assertThat(winnerOf(List.of(earlierMessage, createdLater)), is(sameInstance(createdLater)));
  }

  @Test
  void withEqualLastMessageTimeMoreMessagesWin() {
    Conversation two = withDigest(conversation("x", "2026-03-01", msg("1", null), msg("2", "2026-03-04")), "ff");
    Conversation one = withDigest(conversation("x", "2026-03-01", msg("2", "2026-03-04")), "00");
    assertThat(winnerOf(List.of(one, two)), is(sameInstance(two)));
    assertThat(winnerOf(List.of(two, one)), is(sameInstance(two)));
  }

  @Test
  void fullTieGoesToTheSmallestDigestInAnyInputOrder() {
    List<Conversation> records = new ArrayList<>();
    for (String digest : List.of("9f00", "1a00", "ff00", "1a01", "0b00")) {
      records.add(withDigest(conversation("x", "2026-03-01", msg("m", null)), digest));
    }
    for (int rotation = 0; rotation < records.size(); rotation++) {
      Collections.rotate(records, 1);
      assertThat(winnerOf(records).recordDigest(), is("0b00"));
      List<Conversation> reversed = new ArrayList<>(records);
      Collections.reverse(reversed);
      assertThat(winnerOf(reversed).recordDigest(), is("0b00"));
    }
  }

  @Test
  void aSingleRecordWins() {
    Conversation only = conversation("x", "2026-03-01");
    assertThat(winnerOf(List.of(only)), is(sameInstance(only)));
  }

  @Test
  void noRecordsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> DuplicateTieBreak.resolve(List.of(), loser -> {}));
  }

  /** The winner, after checking that every other record, and only those, was handed over as superseded. */
  private static Conversation winnerOf(List<Conversation> records) {
    List<Conversation> superseded = new ArrayList<>();
    Conversation winner = DuplicateTieBreak.resolve(records, superseded::add);
    List<Conversation> others = new ArrayList<>(records);
    others.remove(winner);
    assertThat(superseded, containsInAnyOrder(others.toArray()));
    return winner;
  }
}
