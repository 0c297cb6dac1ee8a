package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdHolderNamesTest {

  /** The identity numbers as the tests write them: a run of eight digits or more. */
  private static final Pattern NUMBER = Pattern.compile("\\d{8,}");

  private static List<String> namesIn(String text) {
    List<Span> candidates = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      candidates.add(new Span(EntityType.GOV_ID, number.start(), number.end()));
    }
    IdHolderNames.find(new ScannedText(Lexicon.get()).read(text).tokens(), candidates);
    return candidates.stream().filter(span -> span.type() == EntityType.PERSON).map(span -> text.substring(span.start(), span.end())).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Yaşlı bakım evi kayıt: Oğuz Çelik, TC Kimlik No: 34614358318, adres # Oğuz Çelik",
      "Usajili wa nyumba ya wazee: Faraji Mwakyusa, nambari ya kitambulisho 36711586 # Faraji Mwakyusa",
      "טופס קליטה לבית אבות: אביב שפירא, מספר תעודת זהות 121477061, כתובת # אביב שפירא",
  })
  void findsTheNameThatOpensAFieldBeforeTheHoldersIdentityNumber(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Subject: Renewal, passport 123456789",                 // one word, an everyday one
      "kayıt: Oğuz Çelik, telefon 34614358318",               // no identity document's word before the number
      "Please send Oğuz Çelik, TC Kimlik No: 34614358318",    // no heading's colon before the name
      "Formular: Nombre Áurea Almagro, DNI 12345678",         // a label opens the field, no name
  })
  void findsNoNameWithoutTheFormsFrame(String text) {
    assertThat(namesIn(text), empty());
  }
}
