package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class TokenSearchTest {

  private final Tokens tokens = new ScannedText(Lexicon.get()).read("Dana at home, passport AT the desk").tokens();

  @Test
  void findsTheNextTokenThatIsAWordInAnyCase() {
    long[] at = Tokens.keys("at");
    assertThat(TokenSearch.nextWord(tokens, at, 0), is(1));
    assertThat(TokenSearch.nextWord(tokens, at, 2), is(4));
    assertThat(TokenSearch.nextWord(tokens, at, 5), is(-1));
    assertThat(TokenSearch.nextWord(tokens, at, 99), is(-1));
    assertThat(TokenSearch.nextWord(tokens, Tokens.keys("desk home"), 0), is(2));
  }

  @Test
  void knowsWhichWordsATextSurelyLacks() {
    ScannedText scan = new ScannedText(Lexicon.get());
    Tokens read = scan.read("Signed-off-by: Dana, amit ko bolo").tokens();
    assertThat(read.mayHoldAny(Tokens.keys("ko")), is(true));
    assertThat(read.mayHoldAny(Tokens.keys("attendees présents signed-off-by")), is(true)); // in any case
    assertThat(read.mayHoldAny(Tokens.keys("attendees présents anwesend")), is(false));
    assertThat(TokenSearch.nextWord(read, Tokens.keys("attendees"), 0), is(-1));
    Tokens next = scan.read("a text of other words").tokens();
    assertThat(next.mayHoldAny(Tokens.keys("ko")), is(false)); // the words of the text read before are forgotten
    assertThat(next.mayHoldAny(Tokens.keys("other")), is(true));
  }

  @Test
  void findsTheNextFlaggedToken() {
    assertThat(TokenSearch.nextFlagged(tokens, Lexicon.GOV_CUE, 0), is(3));
    assertThat(TokenSearch.nextFlagged(tokens, Lexicon.GOV_CUE, 4), is(-1));
  }

  @Test
  void findsTheNextTokenThatIsTheWordOrFlagged() {
    long at = Tokens.key("at");
    assertThat(TokenSearch.nextWordOrFlagged(tokens, at, Lexicon.GOV_CUE, 0), is(1));
    assertThat(TokenSearch.nextWordOrFlagged(tokens, at, Lexicon.GOV_CUE, 2), is(3));
    assertThat(TokenSearch.nextWordOrFlagged(tokens, at, Lexicon.GOV_CUE, 4), is(4));
    assertThat(TokenSearch.nextWordOrFlagged(tokens, at, Lexicon.GOV_CUE, 5), is(-1));
  }

  @Test
  void findsTheTokenThatStartsAtAChar() {
    for (int t = 0; t < tokens.count(); t++) {
      assertThat(TokenSearch.startingAt(tokens, tokens.start(t)), is(t));
    }
    assertThat(TokenSearch.startingAt(tokens, 1), is(-1));  // inside "Dana"
    assertThat(TokenSearch.startingAt(tokens, 4), is(-1));  // the space after it
    assertThat(TokenSearch.startingAt(tokens, 99), is(-1));
  }

  @Test
  void findsTheTokenThatEndsAtAChar() {
    for (int t = 0; t < tokens.count(); t++) {
      assertThat(TokenSearch.endingAt(tokens, tokens.end(t)), is(t));
    }
    assertThat(TokenSearch.endingAt(tokens, 2), is(-1));  // inside "Dana"
    assertThat(TokenSearch.endingAt(tokens, 0), is(-1));  // before it
    assertThat(TokenSearch.endingAt(tokens, 99), is(-1));
  }
}
