package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

  private final EmailDetector detector = new EmailDetector();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "write to dana.w@example.org today|dana.w@example.org",
      "VALUES (101, 'Ann Lee', 'ann.lee@mail.example.org', 'x')|ann.lee@mail.example.org", // a quote is no part of it
      "mail o'brien@example.org now|o'brien@example.org",                                  // an apostrophe inside is
      "<Dana.W+news@Mail.Example.CO.UK>|Dana.W+news@Mail.Example.CO.UK",
      "mail me: dana at gmail dot com!|dana at gmail dot com",
      "dana[at]example[dot]org|dana[at]example[dot]org",
      "dana (at) example (dot) org pls|dana (at) example (dot) org",
      "reach kim at corp.example.com today|kim at corp.example.com",
      "kim at corp [dot] io|kim at corp [dot] io",
      "it's dana@gmail dot com|dana@gmail dot com",
      "reach me at john dot smith at gmail dot com|john dot smith at gmail dot com",  // dots spelled in the local part too
      "email thompson dot nicole at web dot de|thompson dot nicole at web dot de",
      "jo (dot) anne (dot) lee (at) mail (dot) com|jo (dot) anne (dot) lee (at) mail (dot) com",
      "end of sentence: lee@corp.io.|lee@corp.io",
      "mailto:x_y@sub.domain.de|x_y@sub.domain.de",
      "josé.garcía@correo.es ok|josé.garcía@correo.es",
      "내일 회의 자료 minji.seo@samsung.com로 보내 주세요.|minji.seo@samsung.com",   // a particle glued after the domain
      "メールはk.suzuki@hotmail.comにお願いします|k.suzuki@hotmail.com",          // and before the local part
      "write to j.doe at corp.example.com|j.doe at corp.example.com",             // a handle before a plain "at"
      "npilla AT yandex.ru|npilla AT yandex.ru",                                  // "AT" in capitals
      // "at" and "dot" in other languages
      "écris-moi : lea.m (at) free (point) fr merci|lea.m (at) free (point) fr",
      "correo: pgarcia(arroba)yahoo.es|pgarcia(arroba)yahoo.es",
      "jmartin arroba gmail punto com|jmartin arroba gmail punto com",
      "ana.souza [arroba] uol [ponto] com [ponto] br|ana.souza [arroba] uol [ponto] com [ponto] br",
      "k.weber(ät)web(punkt)de|k.weber(ät)web(punkt)de",
      "luca punto rossi at libero punto it|luca punto rossi at libero punto it",
  })
  void findsAddressesAndObfuscatedForms(String text, String expected) {
    assertThat(Found.by(detector, text), contains(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "look at the docs dot",           // spelled 'at' with no domain
      "freeze credit first, then file at identitytheft.gov.",   // "at" a web address: a place
      "your parcel is held, pay £1.99 at royalmail-redelivery.info, ref J. Smith",
      "user@localhost",                 // no top-level domain
      "file@2x.png",                    // png is not a top-level domain
      "meet me @ noon",
      "a@b.c",
      "https://admin:hunter2@db.example.com/x", // a URL credential, not a mailbox
      "@@@@@@",
      "we are at home",
      "el símbolo arroba se escribe así",   // "arroba" with no domain after it
      "we stop at the point where it ends",
      "ana (arroba) gmail punto",           // "punto" with no top-level domain after it
  })
  void ignoresWhatIsNotAnAddress(String text) {
    assertThat(Found.by(detector, text), empty());
  }

  @Test
  void findsSeveralInOneText() {
    assertThat(Found.by(detector, "cc a@x.com, b@y.org and c at z dot net"), contains("a@x.com", "b@y.org", "c at z dot net"));
  }

  /** A top-level domain confirmed once is remembered, in any case: later lookups must answer as the first did. */
  @Test
  void answersAlikeWhenLabelsRecur() {
    for (int round = 0; round < 2; round++) {
      assertThat(Found.by(detector, "a@b.org, c@d.ORG, e@f.png, g@h.localhost"), contains("a@b.org", "c@d.ORG"));
    }
  }
}
