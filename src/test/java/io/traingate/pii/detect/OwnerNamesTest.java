package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.traingate.pii.EntityType;
import io.traingate.pii.RedactionRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OwnerNamesTest {

  private static final SpanFinder FINDER = SpanFinder.create(RedactionRules.defaults());

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, OwnerNames::find);
  }

  /** The names all detectors find, joined by "|": the values the rule reads are the detectors' own. */
  private static String namesFoundIn(String text) {
    return String.join("|", FINDER.find(text).stream()
        .filter(span -> span.type() == EntityType.PERSON).map(span -> text.substring(span.start(), span.end())).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Meeting point: 8019 W 34th St. Coordinator: Joy 919.504.1264 # Joy",              // after a label's colon
      "can I see it Saturday? Rohan Mehta 98200 12345 # Rohan Mehta",                     // after a sentence's end
      "'Contacts:\nAna Maria Silva 912 345 678' # Ana Maria Silva",                        // on its own line
      "للتواصل: خالد +971 50 025 9231 # خالد",                                             // "for contact:"
      "תל אביב. אבי 050-723-3390 # אבי",
      "이번 주말에 방문 가능할까요? 조수아 010-4767-6700 # 조수아",                          // a listed Korean surname opens it
      "문의 윤성민 01060400175 # 윤성민",                                                    // "inquiries"
      "ขอนัดดูห้องวันเสาร์ได้ไหมคะ พิมพ์ชนก 085 730 8293 # พิมพ์ชนก",                        // Thai: a space ends the sentence
      "संपर्क: रमेश चंद्र 080045 96111 # रमेश चंद्र",
  })
  void findsTheNameWrittenBeforeItsNumber(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ممكن أطلب واحدة؟ رقمي 00962 7 9089 6192",          // "my number": a phone word
      "제 전화번호는 02-285-8719이에요",                    // "my phone number is"
      "เบอร์โทร 081 033 2010",                               // "phone number", no listed name
      "Mobile 07700 900123",                                 // a label, no given name
      "we could meet Rohan 98200 12345",                     // inside a sentence, no opening
      "Head Office: Reception 020 7946 0958",                // capitalised, but no listed given name
  })
  void takesNoPhoneWordsLabelsOrWordsInsideASentence(String text) {
    assertThat(namesIn(text), empty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "SSNs in the sheet: Mason Bell 434-53-7282, Faith King 647-29-3834. moving them # Mason Bell|Faith King", // after the comma of a value
      "the forms: Paige Winter SSN 118-60-5822, Miles Winter SSN 517-92-1770 # Paige Winter|Miles Winter",    // the value's label between
      "'export:\nGrace - bc1qvvwkcg2zvhf8cug2wsyu83ndk7azhh7ehvxtlm\nHunter - 1MNP8wdtwhzMReLDnzfjrD5kmDDuafjY4S' # Grace|Hunter",
      "Organiser: Ivy Stone ivy.stone@example.org # Ivy Stone",
      "card 4587 7281 0785 9091 (Rusty Green) please # Rusty Green",                                          // in brackets after it
      "Power of attorney for Destiny Moody (SSN 601-14-0378) granted # Destiny Moody",                         // inside a sentence, before "SSN"
      "beneficiary update: primary Ruby Lane (SSN 761-58-6852), contingent Mark Little # Ruby Lane|Mark Little",
      "kyc docs for Ruby Lane: SSN 231-27-9510 # Ruby Lane",
      // a full name that no list holds, after "for" or a colon, before a personal number's label (a dash too)
      "dependents for Petunia Carrington (SSN 811-15-8983) attached # Petunia Carrington",
      "Payroll onboarding: Lyra Lockhart, SSN 786-69-4701, start Monday # Lyra Lockhart",
      "W-4 for Elspeth Ingleby — SSN 737-33-8577 # Elspeth Ingleby",
      "공지입니다. 조수아 eunbi.choi@naver.com # 조수아",                                                       // a Korean name before its e-mail
  })
  void findsTheNameNextToAValueOfItsOwn(String text, String expected) {
    assertThat(namesFoundIn(text), is(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "vendor account: SA45 1224 7V1B 3262 97A8 3704 (Al Rajhi). thanks",   // an IBAN's brackets name its bank
      "sure, Hunter 434-53-7282 is on file",                                 // a comma after no value opens nothing
      "Bitcoin - bc1qvvwkcg2zvhf8cug2wsyu83ndk7azhh7ehvxtlm",               // no listed given name
      "paid 4587 7281 0785 9091 (Visa) yesterday",
      "Forms for Payroll (SSN 601-14-0378) are due",                         // before "SSN", but no listed given name
      "569 Aurora Blvd, Brgy. San Antonio, Pasig City SIN: 145-587-457",     // two words that open no name: an address's city
      "ship it to Ruby Lane (unit 601-14-0378) please",                      // a number whose label no person's number bears
      "문의 드립니다. 이메일 eunbi.choi@naver.com.",                          // "e-mail", though 이 opens many surnames
  })
  void takesNoBankNamesOrWordsInsideASentence(String text) {
    assertThat(namesFoundIn(text), is(""));
  }
}
