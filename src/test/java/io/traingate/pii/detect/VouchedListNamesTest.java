package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VouchedListNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, VouchedListNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Shout-out to Lorcan, D. Holloway, Piers Whitlock, Ulric Ingleby, K. Jessop, Flora and Wout! # Lorcan | D. Holloway | Piers Whitlock | Ulric Ingleby | K. Jessop | Flora | Wout",
      "team photo tags: back row Kat, Big Sue, Shay, Ramona Fierro; front row # Kat | Big Sue | Shay | Ramona Fierro",
      // initials in lower case, a surname's particles, and the first name's start after an everyday word
      "Tonight Sem Bakker, r. jansen, Tijn van den Berg, Saffron, Y. Mbeki. # Sem Bakker | r. jansen | Tijn van den Berg | Saffron | Y. Mbeki",
      "Set ekibi: Oğuz, Mert ve Selin. Oyuncu # Oğuz | Mert | Selin",
      // an ampersand or a plus parts names as a comma does
      "Crew: Ana Costa, Kofi & Wout + Saffron, then lunch # Ana Costa | Kofi | Wout | Saffron",
      // a script without case: the first name is no longer than the longest of the others, so the heading stays out
      "المتطوعون يوم السبت: كريم، زينب، فاطمة الزعبي، طارق. # كريم | زينب | فاطمة الزعبي | طارق",
  })
  void findsTheNamesOfAListThatItsNamesVouchFor(String text, String expected) {
    assertThat(namesIn(text), contains(expected.split(" \\| ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "We toured Paris, Lyon, Marseille and Nice.",                    // places
      "Open Monday, Tuesday, Friday and Sunday.",                      // weekdays
      "Вера, надежда и любовь — главные темы проповеди",               // virtues: a listed name in lower case vouches for none
      "Apartment 1204, Marina Heights Tower, Dubai Marina, Dubai",     // a value before the first comma: an address's parts
      "quán cũ ở 25 Lý Quốc Sư, Hoàn Kiếm, Hà Nội nhé",                // a house number before the first
      "Ananya Bhattacharya,Flipkart,Mumbai,Mark",                      // a table's row: no space after its commas
      "Hunter and Sawyer, both want the van",                          // two are no list
      "Ask Grace, Mark,\nDaisy and Rose",                              // a list goes on one line
  })
  void findsNoNamesWhereTheListVouchesForNone(String text) {
    assertThat(namesIn(text), empty());
  }

  @Test
  void aNameFoundByAnotherRuleVouches() {
    String text = "Thanks Quintanilla, Okafor, Nettleton and Hargreaves.";
    List<Span> candidates = new ArrayList<>();
    candidates.add(new Span(EntityType.PERSON, text.indexOf("Quintanilla"), text.indexOf(",")));
    candidates.add(new Span(EntityType.PERSON, text.indexOf("Okafor"), text.indexOf("Okafor") + "Okafor".length()));
    VouchedListNames.find(new ScannedText(Lexicon.get()).read(text).tokens(), candidates);
    assertThat(candidates.stream().map(span -> text.substring(span.start(), span.end())).toList(),
        contains("Quintanilla", "Okafor", "Nettleton", "Hargreaves"));
  }

  @Test
  void oneNameFoundIsNotEnough() {
    String text = "Thanks Quintanilla, Okafor, Nettleton and Hargreaves.";
    List<Span> candidates = new ArrayList<>();
    candidates.add(new Span(EntityType.PERSON, text.indexOf("Okafor"), text.indexOf("Okafor") + "Okafor".length()));
    VouchedListNames.find(new ScannedText(Lexicon.get()).read(text).tokens(), candidates);
    assertThat(candidates.size(), org.hamcrest.Matchers.is(1));
  }
}
