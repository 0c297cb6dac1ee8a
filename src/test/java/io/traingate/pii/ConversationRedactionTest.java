package io.traingate.pii;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationRedactionTest {

  private static final byte[] KEY = "test-key".getBytes(StandardCharsets.UTF_8);

  private static ConversationRedaction conversation(EntityType type, Operator operator) {
    RedactionRules rules = RedactionRules.of(Map.of(type, operator), 4, RedactionRules.DEFAULT_PHONE_REGIONS);
    return Redactor.create(rules, KEY).newConversation();
  }

  @Test
  void indexedGivesSameValueSameIndexAcrossSpellingsAndMessages() {
    ConversationRedaction c = Redactor.create(RedactionRules.defaults(), KEY).newConversation();
    assertThat(c.redact("mail dana@example.org or leo@example.net"), is("mail [EMAIL_1] or [EMAIL_2]"));
    assertThat(c.redact("again: Dana@Example.ORG, dana at example dot org"), is("again: [EMAIL_1], [EMAIL_1]"));
    assertThat(c.redact("call (650) 253-0000 or +1 650 253 0000"), is("call [PHONE_1] or [PHONE_1]"));
    assertThat(c.replacedCounts(), equalTo(Map.of(EntityType.EMAIL, 4, EntityType.PHONE, 2)));
  }

  @Test
  void aRepeatedSpellingKeepsItsReplacementWhileNewValuesTakeTheNextIndex() {
    ConversationRedaction c = Redactor.create(RedactionRules.defaults(), KEY).newConversation();
    assertThat(c.redact("a@example.org b@example.org a@example.org"), is("[EMAIL_1] [EMAIL_2] [EMAIL_1]"));
    assertThat(c.redact("A@Example.org c@example.org b@example.org"), is("[EMAIL_1] [EMAIL_3] [EMAIL_2]"));
    assertThat(c.replacedCounts(), equalTo(Map.of(EntityType.EMAIL, 6)));
  }

  @Test
  void hashAndSurrogateOfARepeatedSpellingDoNotChange() {
    for (Operator operator : new Operator[] {Operator.HASH, Operator.SURROGATE}) {
      ConversationRedaction c = conversation(EntityType.PHONE, operator);
      String first = c.redact("+44 20 7946 0958");
      c.redact("+1 650 253 0000");
      assertThat(c.redact("+44 20 7946 0958"), is(first));
      assertThat(conversation(EntityType.PHONE, operator).redact("+44 20 7946 0958"), is(first));
    }
  }

  @Test
  void indicesStartAgainInANewConversation() {
    Redactor redactor = Redactor.create(RedactionRules.defaults(), KEY);
    redactor.newConversation().redact("a@example.com b@example.com");
    assertThat(redactor.newConversation().redact("b@example.com"), is("[EMAIL_1]"));
  }

  @Test
  void tagReplacesWithTheTypeOnly() {
    assertThat(conversation(EntityType.US_SSN, Operator.TAG).redact("ssn 536-22-8901."), is("ssn [US_SSN]."));
  }

  @Test
  void maskKeepsTheLastCharacters() {
    assertThat(conversation(EntityType.CREDIT_CARD, Operator.MASK).redact("card 4111111111111111"), is("card ************1111"));
  }

  @Test
  void maskHidesShortValuesCompletely() {
    assertThat(conversation(EntityType.IP_ADDRESS, Operator.MASK).redact("ip 1.2.3.4"), is("ip *******"));
  }

  @Test
  void removeDeletesTheSpan() {
    assertThat(conversation(EntityType.EMAIL, Operator.REMOVE).redact("to: a@example.com!"), is("to: !"));
  }

  @Test
  void hashIsKeyedHmacOfTypeAndNormalisedValue() {
    String once = conversation(EntityType.EMAIL, Operator.HASH).redact("Dana@Example.org");
    String again = conversation(EntityType.EMAIL, Operator.HASH).redact("dana@example.org");
    assertThat(once, matchesPattern("\\[EMAIL:[0-9a-f]{8}]"));
    assertThat(again, is(once));
    // HMAC-SHA256("test-key", "EMAIL:dana@example.org"), computed independently with openssl
    assertThat(once, is("[EMAIL:0781fe4d]"));
    RedactionRules rules = RedactionRules.of(Map.of(EntityType.EMAIL, Operator.HASH), 4, RedactionRules.DEFAULT_PHONE_REGIONS);
    String otherKey = Redactor.create(rules, new byte[] {1}).newConversation().redact("dana@example.org");
    assertThat(otherKey, not(is(once)));
  }

  @Test
  void surrogateIsRealisticStableAndDeterministic() {
    ConversationRedaction c = conversation(EntityType.EMAIL, Operator.SURROGATE);
    String first = c.redact("dana@gmail.com");
    assertThat(first, matchesPattern("[a-z0-9._]+@example\\.(com|org|net)"));
    assertThat(first, not(containsString("dana@gmail")));
    assertThat(c.redact("DANA@gmail.com"), is(first));
    assertThat(conversation(EntityType.EMAIL, Operator.SURROGATE).redact("dana@gmail.com"), is(first));
  }

  @Test
  void surrogateKeepsTheShapeOfNumbers() {
    String card = conversation(EntityType.CREDIT_CARD, Operator.SURROGATE).redact("4111 1111 1111 1111");
    assertThat(card, matchesPattern("4\\d{3} \\d{4} \\d{4} \\d{4}"));
    assertThat(card, not(is("4111 1111 1111 1111")));
    assertThat(io.traingate.pii.detect.Luhn.isValid(card.replace(" ", "")), is(true));
    String ssn = conversation(EntityType.US_SSN, Operator.SURROGATE).redact("536-22-8901");
    assertThat(ssn, matchesPattern("\\d{3}-\\d{2}-\\d{4}"));
    String ip = conversation(EntityType.IP_ADDRESS, Operator.SURROGATE).redact("10.1.2.3");
    assertThat(ip, matchesPattern("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d+"));
  }

  @Test
  void textWithoutFindingsIsReturnedUnchanged() {
    ConversationRedaction c = Redactor.create(RedactionRules.defaults(), KEY).newConversation();
    assertThat(c.redact("nothing to see here, version 1.2.3"), is("nothing to see here, version 1.2.3"));
    assertThat(c.replacedCounts().isEmpty(), is(true));
  }

  @Test
  void countsArePerType() {
    ConversationRedaction c = Redactor.create(RedactionRules.defaults(), KEY).newConversation();
    c.redact("a@example.com 10.0.0.1 b@example.com");
    assertThat(c.replacedCounts(), hasEntry(EntityType.EMAIL, 2));
    assertThat(c.replacedCounts(), hasEntry(EntityType.IP_ADDRESS, 1));
  }

  @Test
  void surrogatesOfCheckedTypesPassTheirOwnChecks() {
    String iban = conversation(EntityType.IBAN, Operator.SURROGATE).redact("DE89 3704 0044 0532 0130 00");
    assertThat(iban, matchesPattern("DE\\d{2}( \\d{4}){4} \\d{2}"));
    assertThat(io.traingate.pii.detect.Iban.isValid(iban.replace(" ", "")), is(true));
    for (String wallet : new String[] {"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}) {
      String fake = conversation(EntityType.CRYPTO_WALLET, Operator.SURROGATE).redact("pay " + wallet);
      Redactor plain = Redactor.create(RedactionRules.defaults(), KEY);
      assertThat(fake, not(containsString(wallet)));
      assertThat(plain.scan(fake).stream().map(Span::type).toList(), org.hamcrest.Matchers.contains(EntityType.CRYPTO_WALLET));
    }
  }

  @Test
  void secretSurrogatesKeepTheProviderPrefixAndPemArmour() {
    String key = conversation(EntityType.SECRET, Operator.SURROGATE).redact("ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R");
    assertThat(key, matchesPattern("ghp_[A-Za-z0-9]{36}"));
    assertThat(key, not(is("ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R")));
    String pem = conversation(EntityType.SECRET, Operator.SURROGATE)
        .redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq9\n-----END RSA PRIVATE KEY-----");
    assertThat(pem, org.hamcrest.Matchers.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"));
    assertThat(pem, org.hamcrest.Matchers.endsWith("\n-----END RSA PRIVATE KEY-----"));
    assertThat(pem, not(containsString("MIIEowIBAAKCAQEA7bq9")));
  }
}
