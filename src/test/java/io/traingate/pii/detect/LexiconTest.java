package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class LexiconTest {

  private static int flagsOf(String word) {
    return Lexicon.get().flags(WordTable.hash(word));
  }

  private static boolean has(String word, int flag) {
    return (flagsOf(word) & flag) != 0;
  }

  @Test
  void aWordThatIsAlsoANameKeepsBothFlagsWhateverItsCase() {
    for (String word : new String[] {"mark", "Mark", "MARK", "will", "Grant"}) {
      assertThat(word, has(word, Lexicon.FIRST_NAME), is(true));
      assertThat(word, has(word, Lexicon.COMMON_WORD), is(true));
    }
  }

  @Test
  void namesOnlyInTheFullListAreFound() {
    assertThat(has("Oluwaseun", Lexicon.FIRST_NAME), is(true));
    assertThat(has("Okonkwo", Lexicon.LAST_NAME), is(true));
    assertThat(has("Okonkwo", Lexicon.COMMON_WORD), is(false));
  }

  @Test
  void namesOfIndiaAndBangladeshAreListedInTheirOwnScripts() {
    // Tamil from Datafaker's "tamil_male_name", the others from the project's list
    for (String name : new String[] {"ஆதவன்", "அருண்", "अंकित", "আরিফ"}) {
      assertThat(name, has(name, Lexicon.FIRST_NAME), is(true));
    }
    assertThat(has("আক্তার", Lexicon.LAST_NAME), is(true));
  }

  @Test
  void fakerNameListsAddNamesOfMoreCulturesButNoDictionaryWords() {
    for (String name : new String[] {"Siegbert", "Edoardo", "Emmanuelle", "Gülsevil", "Nicanor"}) {
      assertThat(name, has(name, Lexicon.FIRST_NAME), is(true));
    }
    assertThat(has("Carducci", Lexicon.LAST_NAME), is(true));
    // Python Faker's US list holds these as given names; the dictionary filter leaves them out
    for (String word : new String[] {"Reason", "Author", "Tab", "Boston"}) {
      assertThat(word, has(word, Lexicon.FIRST_NAME), is(false));
    }
    assertThat(has("Juni", Lexicon.FIRST_NAME), is(false));
  }

  @Test
  void aListedNameWrittenWithYorubaToneMarksKeepsItsFlags() {
    for (String name : new String[] {"Fúnmiláyọ̀", "Ṣẹ́gun", "Olúwaṣeun", "KÚNLÉ"}) {
      assertThat(name, Lexicon.get().flagsWithoutToneMarks(name) & Lexicon.FIRST_NAME, is(Lexicon.FIRST_NAME));
    }
  }

  @Test
  void oneAccentOrAVietnameseSyllableIsNoNameWrittenWithToneMarks() {
    // "Jéssica" has one mark; "vận" and "thứ" carry a circumflex or horn besides their tone; "Bună", "Mäher" are words
    for (String word : new String[] {"Jéssica", "vận", "thứ", "Cần", "Bună", "Mäher", "Está", "òfurufú"}) {
      assertThat(word, Lexicon.get().flagsWithoutToneMarks(word), is(0));
    }
  }

  @Test
  void twoListedFamilyNamesJoinedByAHyphenAreAFamilyName() {
    for (String name : new String[] {"Okafor-Lewis", "Adeyemi-Hughes", "Mensah-Bonsu"}) {
      assertThat(name, Lexicon.get().flagsOfDoubleFamilyName(name), is(Lexicon.LAST_NAME));
    }
  }

  @Test
  void aHyphenatedFirmOrPlaceIsNoDoubleFamilyName() {
    // a given name first (firms, double given names), an everyday word, an unlisted part, three parts
    for (String word : new String[] {"Sherwin-Williams", "Mercedes-Benz", "Sophie-Anne", "Pike-Harrow", "Baden-Württemberg",
        "Smith-Jones-Brown", "well-known"}) {
      assertThat(word, Lexicon.get().flagsOfDoubleFamilyName(word), is(0));
    }
  }

  @Test
  void everydayWordsAndUnknownWords() {
    assertThat(has("the", Lexicon.FUNCTION_WORD), is(true));
    assertThat(has("the", Lexicon.FIRST_NAME), is(false));
    assertThat(flagsOf("qzxv-not-a-word"), is(0));
  }
}
