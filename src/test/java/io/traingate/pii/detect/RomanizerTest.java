package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.traingate.pii.detect.Romanizer.Script;
import org.junit.jupiter.api.Test;

class RomanizerTest {

  @Test
  void spellsUkrainianNamesAsTheNationalSystemDoes() {
    assertThat(Romanizer.romanize("Олександр", Script.UKRAINIAN), is("Oleksandr"));
    assertThat(Romanizer.romanize("Ярослав", Script.UKRAINIAN), is("Yaroslav"));
    assertThat(Romanizer.romanize("Мельник", Script.UKRAINIAN), is("Melnyk"));
    assertThat(Romanizer.romanize("Андрій", Script.UKRAINIAN), is("Andrii"));
  }

  @Test
  void spellsRussianAndGreekNames() {
    assertThat(Romanizer.romanize("Светлана", Script.CYRILLIC), is("Svetlana"));
    assertThat(Romanizer.romanize("Юрий", Script.CYRILLIC), is("Yurii"));
    assertThat(Romanizer.romanize("Γιώργος", Script.GREEK), is("Giorgos"));
    assertThat(Romanizer.romanize("Παπαδόπουλος", Script.GREEK), is("Papadopoulos"));
  }

  @Test
  void leavesNamesInOtherScriptsAlone() {
    assertThat(Romanizer.romanize("Maria", Script.CYRILLIC), nullValue());
    assertThat(Romanizer.romanize("Анна-Мария", Script.CYRILLIC), nullValue());
  }

  @Test
  void romanisedNamesAreInTheLexicon() {
    for (String name : new String[] {"Oleksandr", "Kateryna", "Shevchenko", "Svetlana", "Giorgos", "Papadopoulos"}) {
      assertThat(name, (Lexicon.get().flags(WordTable.hash(name)) & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0, is(true));
    }
  }
}
