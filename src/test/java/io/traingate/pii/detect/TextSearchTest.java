package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSearchTest {

  @Test
  void findsLikeStringIndexOf() {
    assertThat(TextSearch.indexOf("a-b -p x -px", "-p", 0), is(4));
    assertThat(TextSearch.indexOf("a-b -p x -px", "-p", 5), is(9));
    assertThat(TextSearch.indexOf("a-b -p x -px", "-p", 10), is(-1));
    assertThat(TextSearch.indexOf("------BEGIN x", "-----BEGIN ", 0), is(1));
    assertThat(TextSearch.indexOf("x://", "://", 99), is(-1));
    assertThat(TextSearch.indexOf("://", "://", -3), is(0));
  }

  @Test
  void agreesWithStringIndexOfOnRandomTexts() {
    Random random = new Random(7);
    String alphabet = "-:/pa ";
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(30); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      for (String needle : new String[] {"-p", "://", "--", "-:-"}) {
        int from = random.nextInt(s.length() + 3) - 1;
        assertThat(s + " " + needle + " " + from, TextSearch.indexOf(s, needle, from), is(s.indexOf(needle, from)));
      }
    }
  }
}
