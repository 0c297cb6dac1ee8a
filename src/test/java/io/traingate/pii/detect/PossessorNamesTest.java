package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PossessorNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, PossessorNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "दंत क्लिनिक: नेहा का अपॉइंटमेंट मंगलवार 11 बजे # नेहा",                  // Hindi: name, "of", the thing
      "प्रिया की दवाई घर पर रह गई # प्रिया",
      "بلال کا فون بند ہے # بلال",                                               // Urdu
      "রহিমের গাড়ি ঠিক হয়ে গেছে। # রহিম",                                      // Bengali: the genitive written onto the name
      "பிரியாவின் ஆதார் எண் 9844 7724 5301 # பிரியா",                             // Tamil
      "בית מרקחת: המרשם של שולמית מוכן. # שולמית",                              // Hebrew: the thing, "of", the name
  })
  void findsTheOwnerOfAPersonsThing(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "पूजा की थाली तैयार है",                 // "the worship plate": Pooja is a name, a plate is no person's thing here
      "नेहा का कहना है",                       // "Neha's saying": no thing of the list
      "घर का पता बदल गया",                     // "the house's address": no listed given name
      "আশার কথা শোনো",                         // "words of hope": no thing of the list
      "הבית של השכנים",                         // "the neighbours' house": no listed given name
      "Neha ka phone band hai",                 // a script with case: other rules read it
  })
  void findsNoOwnerWithoutTheWholeFrame(String text) {
    assertThat(namesIn(text), empty());
  }
}
