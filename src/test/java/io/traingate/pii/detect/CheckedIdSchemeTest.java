package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckedIdSchemeTest {

  /** Published examples where the issuer gives one (hetu, PESEL, ЕГН, personnummer, isikukood); the rest computed by hand. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "BALTIC_PERSONAL_CODE|37605030299|37605030290",
      "BALTIC_PERSONAL_CODE|48606232149|48613232149",             // the 32nd of a month
      "NORWEGIAN_BIRTH_NUMBER|21015223631|21015223632",
      "SWEDISH_PERSONAL_NUMBER|811228-9874|811228-9875",
      "SWEDISH_PERSONAL_NUMBER|19811228-9874|811328-9874",        // with its century; a thirteenth month
      "FINNISH_PERSONAL_CODE|131052-308T|131052-308U",
      "FINNISH_PERSONAL_CODE|231279-1657|231279 1657",            // the century sign is part of it
      "ROMANIAN_CNP|2841118128695|2841118128696",
      "KAZAKH_IIN|721001398198|721001398199",
      "GREEK_AMKA|06089881061|06089881062",
      "EMIRATES_ID|784-1987-3681866-1|785-1987-3681866-1",
      "CANADIAN_SIN|578 921 777|578 921 778",
      "CANADIAN_SIN|130 692 544|830 692 547",                    // no SIN opens with 8, though its Luhn digit holds
      "AUSTRALIAN_TFN|191 652 096|191 652 097",
      "EGYPTIAN_NATIONAL_NUMBER|27712298848853|27713298848853",
      "SRI_LANKAN_NIC|198873597576|198890097576",                  // day 900 of a year
      "SRI_LANKAN_NIC|882731456V|882731456Q",
      "PORTUGUESE_CITIZEN_CARD|59100390 0 NL4|59100390 0 N14",
      "UK_NINO|CL 09 75 99 B|BG 09 75 99 B",                       // BG is no prefix
      "POLISH_PESEL|44051401359|44051401358",
      "DUTCH_BSN|111222333|111222334",
      "BULGARIAN_EGN|7523169263|7523169264",
      "CROATIAN_OIB|69435151530|69435151531",
      "BELGIAN_NATIONAL_NUMBER|85.07.30-033.28|85.07.30-033.29",
      "SPANISH_DNI|12345678Z|12345678A",
      "SPANISH_DNI|X1234567L|X1234567M",
      "BRAZILIAN_CPF|123.456.789-09|123.456.789-08",
      "INDIAN_AADHAAR|2341 2341 2346|2341 2341 2347",
      "ISRAELI_ID|000000018|000000019",
      "TURKISH_TC_KIMLIK|10000000146|10000000147",
      "HUNGARIAN_TAJ|123 456 788|123 456 789",
      "THAI_ID|3100600445635|3100600445636",
      "UKRAINIAN_PASSPORT|ЕН112501|ЕН11250",
      "YUGOSLAV_JMBG|2112963796706|2112963796707",
      "YUGOSLAV_JMBG|0902976420326|3102976420326",                 // the 31st of February
      "ICELANDIC_KENNITALA|080184-5069|080184-5079",
      "LATVIAN_PERSONAL_CODE|121050-14539|121050-14538",
      "AUSTRIAN_SOCIAL_INSURANCE|5828 210975|5829 210975",
      "NEW_ZEALAND_NHI|RAB2732|RAB2733",
      "NEW_ZEALAND_NHI|CJT1678|CIT1678",                           // no I in an NHI
      "SAUDI_ID|2476858333|3476858333",                            // only citizens (1) and residents (2)
      "GERMAN_ID_CARD|NXYC1KF4N1|NXYC1KF4N2",
      "GERMAN_ID_CARD|NXYC1KF4N1|1234567897",                      // digits alone are another number
  })
  void checksNumbersOfItsScheme(CheckedIdScheme scheme, String valid, String invalid) {
    assertThat(scheme.holds(valid), is(true));
    assertThat(scheme.holds(invalid), is(false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fødselsnummer|NORWEGIAN_BIRTH_NUMBER",
      "insurance|CANADIAN_SIN; UK_NINO",
      "ആധാർ|INDIAN_AADHAAR",
  })
  void knowsTheSchemesACueNames(String cue, String schemes) {
    assertThat(CheckedIdScheme.cuedBy(cue).stream().map(Enum::name).toList(), contains(schemes.split("; ")));
  }

  @org.junit.jupiter.api.Test
  void namesNoSchemeForOtherWords() {
    assertThat(CheckedIdScheme.cuedBy("passport"), empty());
  }
}
