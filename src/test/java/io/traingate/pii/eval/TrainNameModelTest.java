package io.traingate.pii.eval;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainNameModelTest {

  /**
   * The shipped model must be what training on the committed corpora writes: a change of the
   * rules or of a corpus changes what the model reads, and fails here until it is trained again
   * (the command is in {@link TrainNameModel}'s Javadoc).
   */
  @Test
  void theShippedModelIsWhatTrainingWrites() throws IOException {
    ByteArrayOutputStream trained = new ByteArrayOutputStream();
    TrainNameModel.writeModel(trained);
    assertThat(Arrays.equals(trained.toByteArray(), Files.readAllBytes(TrainNameModel.MODEL)), is(true));
  }

  @Test
  void neverLearnsFromTheUnseenCorpora() throws IOException {
    List<String> learned = TrainNameModel.corpora().stream().map(Path::getFileName).map(Path::toString).toList();
    assertThat(TrainNameModel.UNSEEN, hasItems("holdout-18.jsonl", "holdout-19.jsonl", "holdout-20.jsonl", "holdout-21.jsonl", "holdout-22.jsonl", "holdout-23.jsonl"));
    for (String unseen : TrainNameModel.UNSEEN) {
      assertThat(Files.exists(TrainNameModel.CORPORA.resolve(unseen)), is(true));
      assertThat(learned, not(hasItem(unseen)));
    }
    assertThat(learned, hasItem("holdout-17.jsonl"));
  }
}
