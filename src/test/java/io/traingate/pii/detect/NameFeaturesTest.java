package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word's features depend on the word and its neighbourhood alone, the same on every reading. */
class NameFeaturesTest {

  private static final String SENTENCE = "Ok. can you ask maria about it";

  @Test
  void aWordHasTheSameFeaturesOnEveryReading() {
    assertThat(featuresOf(SENTENCE, "maria", List.of()), is(featuresOf(SENTENCE, "maria", List.of())));
  }

  @Test
  void aWordsFeaturesDoNotDependOnWhereItsTextStands() {
    String longer = "The release went out yesterday, all fine.\n" + SENTENCE;
    assertThat(featuresOf(longer, "maria", List.of()), is(featuresOf(SENTENCE, "maria", List.of())));
  }

  @Test
  void aRulesSpanOverAWordChangesItsFeatures() {
    int start = SENTENCE.indexOf("maria");
    List<Span> rule = List.of(new Span(EntityType.PERSON, start, start + "maria".length()));
    assertThat(featuresOf(SENTENCE, "maria", rule), is(not(featuresOf(SENTENCE, "maria", List.of()))));
  }

  @Test
  void aCapitalisedEverydayWordIsScoredButNeverAdded() {
    String text = "Honestly Zanele was right, Hope said";
    NameFeatures features = new NameFeatures();
    Tokens tokens = new ScannedText(Lexicon.get()).read(text).tokens();
    features.markCover(tokens, List.of());
    int honestly = TokenSearch.startingAt(tokens, 0);
    assertThat(features.isScored(tokens, honestly), is(true));
    assertThat(NameFeatures.mayBeAdded(tokens, honestly), is(false));
    assertThat(NameFeatures.nextAddable(tokens, 0), is(TokenSearch.startingAt(tokens, text.indexOf("Zanele"))));
    assertThat(NameFeatures.mayBeAdded(tokens, TokenSearch.startingAt(tokens, text.indexOf("Hope"))), is(true)); // a listed name too
  }

  /** The sorted feature indices of {@code word} in {@code text}, the rules having found {@code spans}. */
  private static int[] featuresOf(String text, String word, List<Span> spans) {
    ScannedText scan = new ScannedText(Lexicon.get()).read(text);
    Tokens tokens = scan.tokens();
    NameFeatures features = new NameFeatures();
    features.markCover(tokens, spans);
    int t = TokenSearch.startingAt(tokens, text.indexOf(word));
    int[] into = new int[NameFeatures.MAX_FEATURES];
    int[] indices = Arrays.copyOf(into, features.extract(tokens, t, into));
    Arrays.sort(indices);
    return indices;
  }
}
