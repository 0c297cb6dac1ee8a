package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNamesTest {

  private static List<String> namesIn(String text) {
    return NamesBeforePhones.found(text, ThaiNames::find);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "ผู้แจ้งคือคุณพิมพ์ชนก 081 252 4263 # พิมพ์ชนก",                    // the title Khun, glued, before a listed given name
      "ผู้เอาประกันคือคุณกิตติพงษ์ ศรีสุข เลขบัตรประชาชน # กิตติพงษ์",
      "สโมสรฟุตบอล: กัปตันทีมคือณัฐพล ส่วนผู้รักษาประตู # ณัฐพล",             // the "is" of a role
      "สวัสดีคุณสมชายครับ # สมชาย",                                         // a polite particle closes the phrase
  })
  void findsMarkedThaiNames(String text, String expected) {
    assertThat(namesIn(text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ขอบคุณครับ",                     // "thank you": the คุณ of thanks
      "สินค้าคุณภาพดี",                  // "good quality": คุณ opens a word
      "ปัญหาคือเงิน",                    // "the problem is money": no listed name after "is"
      "ขอให้คุณโชคดี",                   // "good luck to you": คุณ is also "you"
  })
  void findsNoThaiNameWithoutTitleAndList(String text) {
    assertThat(namesIn(text), empty());
  }
}
