package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, ContactNames::find);
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
}
