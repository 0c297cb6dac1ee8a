package io.traingate.pii;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any Unicode, even broken UTF-16, is scanned and redacted without an exception. */
class UnicodeRobustnessTest {

  private static final Redactor REDACTOR = Redactor.create(RedactionRules.defaults(), "k".getBytes(StandardCharsets.UTF_8));

  @ParameterizedTest
  @ValueSource(strings = {
      "😀 mail 😀dana@example.org😀 call 👍🏽 (650) 253-0000",
      "e\u0301mile@example.org and Zoe\u0308 and n\u0303",                  // combining marks
      "\u05E9\u05DC\u05D5\u05DD dana@example.org \u0645\u0631\u062D\u0628\u0627 +44 20 7946 0958", // RTL
      "\u202Edana@example.org\u202C \u200Bhi\u200B Dana",                   // bidi override, zero-width space
      "lone high \uD83D then dana@example.org",                              // unpaired high surrogate
      "lone low \uDE00 dana@example.org \uDE00",                             // unpaired low surrogate
      "reversed \uDE00\uD83D 4111 1111 1111 1111",
      "\uD83D",
      "\uDE00",
      "\u0000 nul \u0000 10.0.0.1 \u0000",
      "ｄａｎａ＠ｅｘａｍｐｌｅ．ｏｒｇ full-width １２３",
      "Hi Ærøskøbing, my name is Łukasz Żółć, Straße 5",
      "我叫王伟，我的电话是 13812345678，邮箱 wang@example.cn",
      "\uFFFF\uFFFE\uFEFF",
  })
  void scansAndRedactsWithoutException(String text) {
    List<Span> spans = REDACTOR.scan(text);
    for (Span span : spans) {
      assertThat(span.end(), lessThanOrEqualTo(text.length()));
    }
    for (Operator operator : Operator.values()) {
      Map<EntityType, Operator> all = new java.util.EnumMap<>(EntityType.class);
      for (EntityType type : EntityType.values()) {
        all.put(type, operator);
      }
      RedactionRules rules = RedactionRules.of(all, 4, RedactionRules.DEFAULT_PHONE_REGIONS);
      String redacted = Redactor.create(rules, "k".getBytes(StandardCharsets.UTF_8)).newConversation().redact(text);
      if (!spans.isEmpty() && operator != Operator.MASK) {
        assertThat(redacted, not(is(text)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\ud83d dana@example.org\"", "\"\\ude00\\ud83d\"", "\"\\u0000\""})
  void scanCommandAcceptsEscapedBrokenSurrogates(String jsonString) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] line = ("{\"text\": " + jsonString + "}\n").getBytes(StandardCharsets.UTF_8);
    int status = ScanCommand.run(RedactionRules.defaults(), new ByteArrayInputStream(line), out);
    assertThat(status, is(0));
    assertThat(out.toString(StandardCharsets.UTF_8), containsString("\"spans\""));
  }

  @org.junit.jupiter.api.Test
  void scanCommandSurvivesInvalidUtf8Bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] line = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}', '\n'};
    assertThat(ScanCommand.run(RedactionRules.defaults(), new ByteArrayInputStream(line), out), is(0));
    assertThat(out.toString(StandardCharsets.UTF_8), containsString("\"spans\""));
  }
}
