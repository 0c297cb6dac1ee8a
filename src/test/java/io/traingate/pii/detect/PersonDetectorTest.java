package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonDetectorTest {

  private final PersonDetector detector = new PersonDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hey dana can u send it|dana",
      "my name is priya sharma and i need help|priya sharma",
      "ok so my name is tom okafor|tom okafor",
      "Dr. Meredith Grey will see you|Meredith Grey",
      "my sister ana is here|ana",
      "'Thanks,\nGrant'|Grant",
      "Hey Will, did you see this?|Will",
      "I spoke with Oluwaseun Adeyemi today|Oluwaseun Adeyemi",
      "forward this to Jean-Pierre Martin please|Jean-Pierre Martin",
      "Hallo Jürgen, ruf mich an|Jürgen",
      "I told Fernando about it|Fernando",
      "this is Kwame from the front desk|Kwame",
      "Dana's laptop is broken|Dana",
      "my name's Xochitl, hi|Xochitl",
      "it's Tanvir from HR|Tanvir",
  })
  void findsNamesFromContextCapitalisationAndLists(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Will you send it today?",
      "May I ask a question?",
      "Grant access to the shared drive",
      "Mark the ticket as resolved",
      "Hi team, quick update",
      "Dear Sir or Madam,",
      "I'm tired",
      "i'm at the office",
      "Paris is lovely in April",
      "hi all",
      "call me later",
      "thx, Rose to the occasion",
      "i think it's PAN card ABCDE1234F",
      "it's mi DNI",
  })
  void ignoresWordsThatAreAlsoNames(String text) {
    assertThat(Found.by(detector, text), empty());
  }
}
