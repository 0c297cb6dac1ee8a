package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsStringIgnoringCase;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No rejection detail ever carries a value from the record (data-contract.md, "Bad input"). */
class RejectionDetailTest {
  private static final String EMAIL = "dana.whitfield@example.org";
  private static final String NAME = "Dana Whitfield";
  private static final String[] PLANTED = {"dana", "whitfield", "example.org", "@example"};

  private static final String GOOD_MESSAGES = "\"messages\": [{\"role\": \"user\", \"content\": \"Hi, I'm " + NAME + ", " + EMAIL + "\"}]";

  static Stream<Arguments> badConversations() {
    return Stream.of(
        Arguments.of("id too long", "{\"conversation_id\": \"" + EMAIL.repeat(20) + "\", \"user_id\": \"u\", \"product\": \"chatgpt\","
            + " \"plan\": \"plus\", \"created_at\": \"2026-03-01T10:00:00Z\", " + GOOD_MESSAGES + "}"),
        Arguments.of("unknown role", "{\"conversation_id\": \"c\", \"user_id\": \"u\", \"product\": \"chatgpt\", \"plan\": \"plus\","
            + " \"created_at\": \"2026-03-01T10:00:00Z\", \"messages\": [{\"role\": \"" + NAME + "\", \"content\": \"" + EMAIL + "\"}]}"),
        Arguments.of("bad timestamp", "{\"conversation_id\": \"c\", \"user_id\": \"u\", \"product\": \"chatgpt\", \"plan\": \"plus\","
            + " \"created_at\": \"" + NAME + " " + EMAIL + "\", " + GOOD_MESSAGES + "}"),
        Arguments.of("bad message timestamp", "{\"conversation_id\": \"c\", \"user_id\": \"u\", \"product\": \"chatgpt\", \"plan\": \"plus\","
            + " \"created_at\": \"2026-03-01T10:00:00Z\", \"messages\": [{\"role\": \"user\", \"content\": \"x\", \"created_at\": \"" + EMAIL + "\"}]}"),
        Arguments.of("wrong type next to content", "{\"conversation_id\": \"" + EMAIL + "\", \"user_id\": [\"" + NAME + "\"],"
            + " \"product\": \"chatgpt\", \"plan\": \"plus\", \"created_at\": \"2026-03-01T10:00:00Z\", " + GOOD_MESSAGES + "}"),
        Arguments.of("missing field", "{\"conversation_id\": \"" + EMAIL + "\", \"user_id\": \"" + NAME + "\", " + GOOD_MESSAGES + "}"),
        Arguments.of("bare word", "{\"conversation_id\": Dana_Whitfield, " + GOOD_MESSAGES + "}"),
        Arguments.of("unterminated", "{\"conversation_id\": \"" + EMAIL),
        Arguments.of("missing comma", "{\"conversation_id\": \"" + EMAIL + "\" \"user_id\": \"" + NAME + "\"}"),
        Arguments.of("duplicate key", "{\"" + EMAIL + "\": 1, \"" + EMAIL + "\": 2}"),
        Arguments.of("trailing tokens", "{\"conversation_id\": \"c\"} " + NAME),
        Arguments.of("bad escape", "{\"conversation_id\": \"" + EMAIL + "\\q\"}"),
        Arguments.of("not an object", "\"" + NAME + " <" + EMAIL + ">\""),
        Arguments.of("raw control character", "{\"content\": \"" + NAME + "\u0001" + EMAIL + "\"}"),
        Arguments.of("huge number", "{\"created_at\": " + "9".repeat(2000) + ", \"x\": \"" + EMAIL + "\"}"));
  }

  static Stream<Arguments> badConsentRecords() {
    return Stream.of(
        Arguments.of("unknown event", "{\"user_id\": \"" + EMAIL + "\", \"event\": \"" + NAME + "\", \"effective_at\": 1772359200000}"),
        Arguments.of("bad timestamp", "{\"user_id\": \"" + EMAIL + "\", \"event\": \"opt_in\", \"effective_at\": \"" + NAME + "\"}"),
        Arguments.of("user id too long", "{\"user_id\": \"" + EMAIL.repeat(20) + "\", \"event\": \"opt_in\", \"effective_at\": 1772359200000}"),
        Arguments.of("bad source type", "{\"user_id\": \"" + EMAIL + "\", \"event\": \"opt_in\", \"effective_at\": 1772359200000, \"source\": {\"n\": \"" + NAME + "\"}}"),
        Arguments.of("bare word", "{\"user_id\": " + NAME.replace(' ', '_') + "}"),
        Arguments.of("duplicate key", "{\"user_id\": \"" + EMAIL + "\", \"user_id\": \"" + NAME + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConversations")
  void conversationRejectionDetailHoldsNoRecordValue(String label, String json) {
    Rejection rejection = new ConversationParser().parse(json, json.getBytes(StandardCharsets.UTF_8)).rejection();
    assertNoPlantedValue(rejection);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConsentRecords")
  void consentRejectionDetailHoldsNoRecordValue(String label, String json) {
    Rejection rejection = new ConsentParser().parse(json, json.getBytes(StandardCharsets.UTF_8)).rejection();
    assertNoPlantedValue(rejection);
  }

  private static void assertNoPlantedValue(Rejection rejection) {
    assertThat("the record must be refused", rejection == null, is(false));
    for (String planted : PLANTED) {
      assertThat(rejection.detail(), not(containsStringIgnoringCase(planted)));
    }
  }
}
