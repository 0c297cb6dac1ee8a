package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped name model, as the step after {@link PersonDetector}: what it adds to and drops from the rules' names. */
class NameScorerTest {

  private final Detector rulesAlone = new PersonDetector();
  private final Detector withModel = (text, out) -> {
    rulesAlone.detect(text, out);
    new ReviewedNames(NameScorer.standard()).detect(text, out);
  };

  @Test
  void theModelLoadsWithATableOfTheFeaturesSize() throws IOException {
    assertThat(NameScorer.standard().tableSize(), is(NameFeatures.TABLE_SIZE));
    try (InputStream in = NameScorer.class.getResourceAsStream("/io/traingate/pii/person-model.b64")) {
      assertThat(in.readAllBytes().length, lessThan(1 << 20));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // Persian "your driver Bahram is on the way": a listed name of a script without case after a role and "your"
      "راننده شما بهرام در راه است. پژو ۲۰۶ سفید.|بهرام",
  })
  void addsANameTheRulesMiss(String text, String name) {
    assertThat(Found.by(rulesAlone, text), empty());
    assertThat(Found.by(withModel, text), contains(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Beneficiary: Dunmore Textiles Ltd", // a firm after a role's label
      "'Beneficiary: Dunmore Textiles Ltd\nDunmore Textiles Ltd, registered in Ireland'",
  })
  void dropsANameTheRulesWronglyFind(String text) {
    assertThat(Found.by(rulesAlone, text), contains("Dunmore Textiles Ltd"));
    assertThat(Found.by(withModel, text), empty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Zeynep'in taksisi İstiklal Cad. No: 43|Zeynep", // a span inside a word: the rule read more than the model sees
      "Ren-kun, mata ashita|Ren",
  })
  void keepsARuleSpanInsideAWord(String text, String name) {
    assertThat(Found.by(withModel, text), contains(name));
  }

  @Test
  void readsTheCandidatesOfTheDetectorsBefore() {
    // alone, "Jan 06" reads as a date to the model; after the phone detector, as a name and its number
    assertThat(SpanFinder.create(RedactionRules.defaults()).find("bel Jan 06 12 34 56 78 even").get(0),
        is(new Span(EntityType.PERSON, 4, 7)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok see you at 5 tomorrow", "the build is green, merging now", "٣ رسائل جديدة"})
  void scoresNoWordOfATextWithoutCandidates(String text) {
    ScannedText scan = new ScannedText(Lexicon.get()).read(text);
    assertThat(NameFeatures.nextAddable(scan.tokens(), 0), is(-1));
  }

  @Test
  void scoresATextWithACapitalisedWord() {
    ScannedText scan = new ScannedText(Lexicon.get()).read("see you at 5, Dana");
    assertThat(NameFeatures.nextAddable(scan.tokens(), 0), is(4));
    assertThat(NameFeatures.nextAddable(scan.tokens(), 5), is(-1));
  }
}
