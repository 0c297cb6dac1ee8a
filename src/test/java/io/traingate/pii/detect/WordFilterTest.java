package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.lessThan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordFilterTest {

  private static List<Long> hashesOf(String prefix, int count) {
    List<Long> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hashes.add(WordTable.hash(prefix + i));
    }
    return hashes;
  }

  @Test
  void neverSaysAbsentForAWordItHolds() {
    List<Long> held = hashesOf("name", 60_000);
    WordFilter filter = new WordFilter(held);
    assertThat(held.stream().filter(hash -> !filter.mightHold(hash)).toList(), empty());
  }

  @Test
  void saysAbsentForNearlyEveryOtherWord() {
    WordFilter filter = new WordFilter(hashesOf("name", 60_000));
    Random random = new Random(7);
    int maybe = 0;
    int tried = 100_000;
    for (int i = 0; i < tried; i++) {
      if (filter.mightHold(WordTable.hash("other" + random.nextLong()))) {
        maybe++;
      }
    }
    assertThat((double) maybe / tried, lessThan(0.03));
  }
}
