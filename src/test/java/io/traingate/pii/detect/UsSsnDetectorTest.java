package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {

  private final UsSsnDetector detector = new UsSsnDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "my ssn is 536-22-8901.|536-22-8901",
      "ss 536 22 8901|536 22 8901",
      "SSN: 536228901|536228901",
      "social security number 078.05.1120|078.05.1120",
      "i typed my social wrong on the fafsa, put 321521424 instead|321521424",
      "for the lease app they need ur social. is it still 070620048?|070620048",
      // the cue in the agent's turn, the number in the customer's
      "Agent: we need the last 4 of your SSN./Customer: you can have the whole thing, 431626273|431626273",
  })
  void findsValidNumbers(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000",
      "123-45 6789",           // inconsistent delimiters
      "536228901",             // bare nine digits without a cue word
      "1536-22-8901",          // part of a longer number
      "536-22-89012",
      "my social media id is 321521424",                  // "social" names another account
      "social club 321521424",                            // "social" alone is no cue
      "SSN on file ends in 4411; call 536228901 for help",  // digits between the cue and the number
      "SSN is required for the form. Our office hours are long and the queue is slow today: 536228901",  // too far from the cue
  })
  void rejectsInvalidOrUncued(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
