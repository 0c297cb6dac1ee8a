package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToldNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, ToldNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "रेखा को बोलो keys rotate करे। # रेखा",                                 // Hindi: name, "to", "tell"
      "सुनीता को बता देना कि कल सुबह 7 बजे # सुनीता",
      "عادل بھائی، بلال کو بتا دیں کہ کسٹم والے آئے ہیں # بلال",              // Urdu
      "சரண்யா, கார்த்திக் கிட்ட சொல்லு நாளைக்கு ஒத்திகை # கார்த்திக்",          // Tamil
      "علی جان، به مهدی بگو جلسه فردا است # مهدی",                             // Persian: "to", name, "tell"
      "דוד, תגיד ליוסי שהחזרה מחר # יוסי",                                     // Hebrew: "tell", "to" glued to the name
      "يا طارق، قل لـعمر إن البروفة الساعة ٨ # عمر",                           // Arabic, with the tatweel
      "قولي لمريم إن الطلب وصل # مريم",
      "ብርቱካን፣ ለሙሉጌታ ንገረው የወላጆች ስብሰባ አርብ ነው # ሙሉጌታ",                 // Amharic: "to" glued, then "tell"
      "রহিমের গাড়ি ঠিক হয়ে গেছে। করিমকে বলো টাকা দিতে। # করিম",                // Bengali and Tamil: "to" an ending of the name
      "பிரியாவுக்கு சொல்லு நாளைக்கு ஒத்திகை # பிரியா",
      "mausam badal raha hai\\namit ko bolo mujhe call kare # amit",        // Hinglish: the Hindi frame in Latin letters
  })
  void findsTheOneToldSomething(String text, String expected) {
    assertThat(namesIn(text.replace("\\n", "\n")), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "रेखा को कल देखा था",                 // a name before "to" but no verb of telling
      "করিমকে দেখলাম কাল",                   // Bengali "to" ending, but no verb of telling
      "সবাইকে বলো টাকা দিতে",                // "tell everyone": no listed given name
      "घर को बोलो",                          // "tell the house": no listed given name
      "به امید دیدار",                        // "hoping to see you": امید is a name, but no "tell" follows
      "به مهدی زنگ زدم",                      // "I called Mahdi": no "tell"
      "תגיד לו שהחזרה מחר",                   // "tell him": a pronoun after the glued "to"
      "قل لهم إن البروفة غدا",                // "tell them"
      "tell Mark the bus leaves at 7",        // a script with case: other rules read it
      "courier wale ko bata dein",            // Hinglish "the ones of", which lists hold as a name (Wale)
      "amit ko dekha tha",                    // no verb of telling
      "Amit ko bolo",                         // capitalised: other rules read it
  })
  void findsNoOneWithoutTheWholeFrame(String text) {
    assertThat(namesIn(text), empty());
  }
}
