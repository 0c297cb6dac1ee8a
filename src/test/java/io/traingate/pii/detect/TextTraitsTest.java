package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.traingate.pii.RedactionRules;
import io.traingate.pii.Span;
import io.traingate.pii.eval.LabeledCorpus;
import io.traingate.pii.eval.LabeledMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTraitsTest {

  @Test
  void countsWhatTheGatesNeed() {
    TextTraits traits = TextTraits.of("mail a@b.io, key sk-abc_DEF.12 at 10:30 x=1 ünï 0xAB");
    assertThat(traits, equalTo(new TextTraits(8, 2, 1, true, 4, 13)));
  }

  @Test
  void emptyTextHasNoTraits() {
    assertThat(TextTraits.of(""), equalTo(new TextTraits(0, 0, 0, false, 0, 0)));
  }

  /** The gates are necessary conditions: a detector they skip must have nothing to find. */
  @Test
  void noDetectorIsSkippedOnATextWhereItFindsSomething() throws IOException {
    List<LabeledMessage> messages = new ArrayList<>(LabeledCorpus.read(Path.of("test-data/pii-corpus/generated.jsonl")));
    messages.addAll(LabeledCorpus.read(Path.of("test-data/pii-corpus/hard-cases.jsonl")));
    List<String> wronglySkipped = new ArrayList<>();
    for (Detector detector : SpanFinder.characterDetectors(RedactionRules.defaults())) {
      for (int m = 0; m < messages.size(); m++) {
        String text = messages.get(m).text();
        List<Span> found = new ArrayList<>();
        detector.detect(text, found);
        if (!found.isEmpty() && !detector.mayOccurIn(TextTraits.of(text))) {
          wronglySkipped.add(detector.getClass().getSimpleName() + " on message " + m);
        }
      }
    }
    assertThat(wronglySkipped, empty());
  }
}
