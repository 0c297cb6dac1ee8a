package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.traingate.pii.detect.DeclinedNames.Language;
import org.junit.jupiter.api.Test;

class DeclinedNamesTest {

  @Test
  void declinesRussianGivenNamesAndSurnamesByTheirEndings() {
    assertThat(DeclinedNames.of("Алексей", Language.RUSSIAN, false, false), hasItems("Алексея", "Алексею", "Алексеем"));
    assertThat(DeclinedNames.of("Виктория", Language.RUSSIAN, false, true), hasItems("Виктории", "Викторию", "Викторией"));
    assertThat(DeclinedNames.of("Елена", Language.RUSSIAN, false, true), hasItems("Елены", "Елене", "Елену", "Еленой"));
    assertThat(DeclinedNames.of("Орлов", Language.RUSSIAN, true, false), hasItems("Орлова", "Орлову", "Орловым"));
    assertThat(DeclinedNames.of("Орлова", Language.RUSSIAN, true, true), hasItems("Орловой", "Орлову"));
    assertThat(DeclinedNames.of("Марина", Language.RUSSIAN, false, true), hasItem("Мариной")); // a given name, not a surname in -ина
  }

  @Test
  void declinesUkrainianNamesWithTheirVocativeAndSoftenedDative() {
    assertThat(DeclinedNames.of("Андрій", Language.UKRAINIAN, false, false), hasItems("Андрія", "Андрію", "Андрієм"));
    assertThat(DeclinedNames.of("Тарас", Language.UKRAINIAN, false, false), hasItems("Тараса", "Тарасові", "Тарасе"));
    assertThat(DeclinedNames.of("Коваленко", Language.UKRAINIAN, true, false), hasItems("Коваленка", "Коваленку", "Коваленком"));
    assertThat(DeclinedNames.of("Олена", Language.UKRAINIAN, false, true), hasItems("Олени", "Олені", "Олено", "Оленою"));
    assertThat(DeclinedNames.of("Марічка", Language.UKRAINIAN, false, true), hasItems("Марічки", "Марічці"));
  }

  @Test
  void declinesGreekNames() {
    assertThat(DeclinedNames.of("Νίκος", Language.GREEK, false, false), hasItems("Νίκο", "Νίκου"));
    assertThat(DeclinedNames.of("Θανάσης", Language.GREEK, false, false), hasItem("Θανάση"));
    assertThat(DeclinedNames.of("Μαρία", Language.GREEK, false, true), hasItem("Μαρίας"));
  }

  @Test
  void declinesHungarianNamesByTheirVowelsWithTheFinalVowelLengthened() {
    assertThat(DeclinedNames.of("Péter", Language.HUNGARIAN, false, false), hasItems("Péternek", "Péterrel", "Pétert", "Pétertől"));
    assertThat(DeclinedNames.of("Zsófia", Language.HUNGARIAN, false, true), hasItems("Zsófiának", "Zsófiával", "Zsófiát"));
    assertThat(DeclinedNames.of("László", Language.HUNGARIAN, false, false), hasItems("Lászlót", "Lászlónak", "Lászlóval"));
    assertThat(DeclinedNames.of("Balázs", Language.HUNGARIAN, false, false), hasItems("Balázzsal", "Balázsnak"));
    assertThat(DeclinedNames.of("Péter", Language.HUNGARIAN, false, false), not(hasItem("Péternak"))); // front vowels take front endings
  }

  @Test
  void declinesPolishNamesByTheirRegularEndings() {
    assertThat(DeclinedNames.of("Ewa", Language.POLISH, false, true), hasItems("Ewy", "Ewę", "Ewą"));
    assertThat(DeclinedNames.of("Olga", Language.POLISH, false, true), hasItem("Olgi"));
    assertThat(DeclinedNames.of("Maria", Language.POLISH, false, true), hasItems("Marii", "Marię", "Marią"));
    assertThat(DeclinedNames.of("Krzysztof", Language.POLISH, false, false), hasItems("Krzysztofa", "Krzysztofowi", "Krzysztofem"));
    assertThat(DeclinedNames.of("Zieliński", Language.POLISH, true, false), hasItems("Zielińskiego", "Zielińskiej", "Zielińską"));
    assertThat(DeclinedNames.of("Nowak", Language.POLISH, true, false), is(empty())); // a surname in a consonant: its forms are rare
  }

  @Test
  void aWomansNameEndingInAConsonantKeepsOneForm() {
    assertThat(DeclinedNames.of("Любов", Language.UKRAINIAN, false, true), is(empty()));
    assertThat(DeclinedNames.of("Любов", Language.UKRAINIAN, false, false), not(empty()));
  }

  @Test
  void caseFormsAreInTheLexiconWithTheNominativesFlag() {
    assertThat((Lexicon.get().flags("Тараса") & Lexicon.FIRST_NAME) != 0, is(true));
    assertThat((Lexicon.get().flags("Коваленка") & Lexicon.LAST_NAME) != 0, is(true));
    assertThat((Lexicon.get().flags("Коваленка") & Lexicon.FIRST_NAME) != 0, is(false));
  }
}
