package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.traingate.policy.Conversation;
import io.traingate.policy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConversationParser PARSER = new ConversationParser();

  static ObjectNode valid() {
    ObjectNode r = JSON.createObjectNode();
    r.put("conversation_id", "c-0001");
    r.put("user_id", "u-42");
    r.putNull("workspace_id");
    r.put("product", "chatgpt");
    r.put("plan", "plus");
    r.put("temporary", false);
    r.put("created_at", "2026-03-01T10:00:00Z");
    ArrayNode messages = r.putArray("messages");
    ObjectNode m1 = messages.addObject();
    m1.put("id", "m1");
    m1.put("role", "user");
    m1.put("created_at", "2026-03-01T10:00:00Z");
    m1.put("content", "Hi");
    ObjectNode m2 = messages.addObject();
    m2.put("id", "m2");
    m2.put("role", "assistant");
    m2.put("content", "Hello");
    return r;
  }

  static ParseOutcome<Conversation> parse(String json) {
    return PARSER.parse(json, json.getBytes(StandardCharsets.UTF_8));
  }

  static ParseOutcome<Conversation> parse(ObjectNode node) {
    return parse(node.toString());
  }

  static ParseOutcome<Conversation> with(Consumer<ObjectNode> change) {
    ObjectNode r = valid();
    change.accept(r);
    return parse(r);
  }

  static ObjectNode message(ObjectNode record, int i) {
    return (ObjectNode) record.get("messages").get(i);
  }

  static DeadLetterCode code(ParseOutcome<?> outcome) {
    assertThat("expected a rejection", outcome.isParsed(), is(false));
    return outcome.rejection().code();
  }

  // --- a valid record ---

  @Test
  void validRecordIsParsedWithEveryField() {
    ParseOutcome<Conversation> outcome = parse(valid());
    assertThat(outcome.isParsed(), is(true));
    assertThat(outcome.rejection(), is(nullValue()));
    Conversation c = outcome.value();
    assertThat(c.conversationId(), is("c-0001"));
    assertThat(c.userId(), is("u-42"));
    assertThat(c.workspaceId(), is(nullValue()));
    assertThat(c.product(), is("chatgpt"));
    assertThat(c.plan(), is("plus"));
    assertThat(c.temporary(), is(false));
    assertThat(c.createdAt(), is(Instant.parse("2026-03-01T10:00:00Z")));
    assertThat(c.messages().size(), is(2));
    assertThat(c.messages().get(0).id(), is("m1"));
    assertThat(c.messages().get(0).role(), is(Role.USER));
    assertThat(c.messages().get(0).content(), is("Hi"));
    assertThat(c.messages().get(0).createdAt(), is(Instant.parse("2026-03-01T10:00:00Z")));
    assertThat(c.messages().get(1).role(), is(Role.ASSISTANT));
    assertThat(c.messages().get(1).createdAt(), is(nullValue()));
    assertThat(c.recordDigest(), is(notNullValue()));
  }

  @Test
  void unknownExtraFieldsAreIgnored() {
    ParseOutcome<Conversation> outcome = with(r -> {
      r.put("extra", 1);
      r.putObject("nested").put("deep", "x");
      message(r, 0).put("tokens", 12);
    });
    assertThat(outcome.isParsed(), is(true));
  }

  @Test
  void digestDependsOnTheRawBytes() {
    String a = valid().toString();
    String b = " " + a;
    assertThat(parse(a).value().recordDigest(), is(parse(a).value().recordDigest()));
    assertThat(parse(b).value().recordDigest(), is(not(parse(a).value().recordDigest())));
  }

  // --- MALFORMED_JSON ---

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t", "not json", "[]", "[{\"conversation_id\": \"c\"}]", "\"a string\"", "42", "null", "true",
      "{\"conversation_id\": \"c\"", "{'conversation_id': 'c'}", "{\"a\": NaN}"})
  void notAJsonObjectIsMalformed(String line) {
    assertThat(code(parse(line)), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void trailingTokensAreMalformed() {
    assertThat(code(parse(valid().toString() + " {}")), is(DeadLetterCode.MALFORMED_JSON));
    assertThat(code(parse(valid().toString() + " x")), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void trailingWhitespaceIsFine() {
    assertThat(parse(valid().toString() + "  \t").isParsed(), is(true));
  }

  @Test
  void duplicateTopLevelKeyIsMalformed() {
    String json = valid().toString().replaceFirst("\\{", "{\"user_id\": \"someone-else\", ");
    assertThat(code(parse(json)), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void duplicateKeyInsideAMessageIsMalformed() {
    String json = valid().toString().replace("\"role\":\"user\"", "\"role\":\"user\",\"role\":\"system\"");
    assertThat(json, containsString("\"role\":\"system\""));
    assertThat(code(parse(json)), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void nestingTenThousandDeepIsMalformed() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String json = valid().toString().replaceFirst("\\{", "{\"extra\": " + deep + ", ");
    assertThat(code(parse(json)), is(DeadLetterCode.MALFORMED_JSON));
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(code(parse(deepObjects)), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void nestingOfExactlyAThousandIsAcceptedAndOneMoreIsNot() {
    // the record itself is level 1, so an extra field may nest 999 arrays deep
    String ok = "[".repeat(999) + "]".repeat(999);
    String tooDeep = "[".repeat(1000) + "]".repeat(1000);
    assertThat(parse(valid().toString().replaceFirst("\\{", "{\"extra\": " + ok + ", ")).isParsed(), is(true));
    assertThat(code(parse(valid().toString().replaceFirst("\\{", "{\"extra\": " + tooDeep + ", "))),
        is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void rawNulByteIsMalformed() {
    String inContent = valid().toString().replace("\"Hi\"", "\"H\u0000i\"");
    assertThat(code(parse(inContent)), is(DeadLetterCode.MALFORMED_JSON));
    String betweenTokens = valid().toString().replaceFirst("\\{", "{\u0000");
    assertThat(code(parse(betweenTokens)), is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void escapedNulInContentIsJustACharacter() {
    String json = valid().toString().replace("\"Hi\"", "\"H\\u0000i\"");
    ParseOutcome<Conversation> outcome = parse(json);
    assertThat(outcome.isParsed(), is(true));
    assertThat(outcome.value().messages().get(0).content(), is("H\u0000i"));
  }

  @Test
  void malformedBeatsEveryOtherProblem() {
    String json = "{\"conversation_id\": 5, \"created_at\": \"yesterday\", \"created_at\": 1}";
    assertThat(code(parse(json)), is(DeadLetterCode.MALFORMED_JSON));
  }

  // --- ids ---

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void missingIdIsMissingField(String field) {
    ParseOutcome<Conversation> outcome = with(r -> r.remove(field));
    assertThat(code(outcome), is(DeadLetterCode.MISSING_FIELD));
    assertThat(outcome.rejection().detail(), containsString(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void nullIdIsMissingField(String field) {
    assertThat(code(with(r -> r.putNull(field))), is(DeadLetterCode.MISSING_FIELD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void nonStringIdIsBadFieldType(String field) {
    assertThat(code(with(r -> r.put(field, 42))), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(with(r -> r.putArray(field).add("c"))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void emptyIdIsBadValue(String field) {
    ParseOutcome<Conversation> outcome = with(r -> r.put(field, ""));
    assertThat(code(outcome), is(DeadLetterCode.BAD_VALUE));
    assertThat(outcome.rejection().detail(), containsString(field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void idOf257CharactersIsBadValueAnd256IsFine(String field) {
    assertThat(code(with(r -> r.put(field, "x".repeat(257)))), is(DeadLetterCode.BAD_VALUE));
    assertThat(with(r -> r.put(field, "x".repeat(256))).isParsed(), is(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"conversation_id", "user_id"})
  void idWithAnUnpairedSurrogateIsBadValue(String field) {
    String json = valid().toString().replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":\"x\\\\ud800\"");
    assertThat(code(parse(json)), is(DeadLetterCode.BAD_VALUE));
  }

  @Test
  void idLengthCountsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
    assertThat(with(r -> r.put("user_id", emoji.repeat(256))).isParsed(), is(true));
    assertThat(code(with(r -> r.put("user_id", emoji.repeat(257)))), is(DeadLetterCode.BAD_VALUE));
  }

  @Test
  void aTimestampWithSurroundingSpaceIsNotAnInstant() {
    assertThat(code(with(r -> r.put("created_at", " 2026-03-01T10:00:00Z "))), is(DeadLetterCode.BAD_TIMESTAMP));
  }

  // --- workspace_id ---

  @Test
  void workspaceIdMayBeAbsentNullOrAString() {
    assertThat(with(r -> r.remove("workspace_id")).value().workspaceId(), is(nullValue()));
    assertThat(with(r -> r.putNull("workspace_id")).value().workspaceId(), is(nullValue()));
    assertThat(with(r -> r.put("workspace_id", "ws-9")).value().workspaceId(), is("ws-9"));
    assertThat(with(r -> r.put("workspace_id", "")).value().workspaceId(), is(""));
  }

  @Test
  void nonStringWorkspaceIdIsBadFieldType() {
    assertThat(code(with(r -> r.put("workspace_id", 7))), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(with(r -> r.put("workspace_id", true))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  // --- product, plan ---

  @ParameterizedTest
  @ValueSource(strings = {"product", "plan"})
  void missingOrNullProductOrPlanIsMissingField(String field) {
    assertThat(code(with(r -> r.remove(field))), is(DeadLetterCode.MISSING_FIELD));
    assertThat(code(with(r -> r.putNull(field))), is(DeadLetterCode.MISSING_FIELD));
  }

  @ParameterizedTest
  @ValueSource(strings = {"product", "plan"})
  void nonStringProductOrPlanIsBadFieldType(String field) {
    ParseOutcome<Conversation> outcome = with(r -> r.put(field, 3));
    assertThat(code(outcome), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(outcome.rejection().detail(), containsString(field));
  }

  @Test
  void unknownProductIsParsedAndLeftToThePolicy() {
    assertThat(with(r -> r.put("product", "sora")).value().product(), is("sora"));
  }

  // --- temporary ---

  @Test
  void temporaryDefaultsToFalse() {
    assertThat(with(r -> r.remove("temporary")).value().temporary(), is(false));
    assertThat(with(r -> r.putNull("temporary")).value().temporary(), is(false));
    assertThat(with(r -> r.put("temporary", true)).value().temporary(), is(true));
  }

  @Test
  void nonBooleanTemporaryIsBadFieldType() {
    assertThat(code(with(r -> r.put("temporary", "true"))), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(with(r -> r.put("temporary", 1))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  // --- created_at ---

  @Test
  void missingCreatedAtIsMissingField() {
    assertThat(code(with(r -> r.remove("created_at"))), is(DeadLetterCode.MISSING_FIELD));
    assertThat(code(with(r -> r.putNull("created_at"))), is(DeadLetterCode.MISSING_FIELD));
  }

  @Test
  void badCreatedAtIsBadTimestampNamingTheField() {
    ParseOutcome<Conversation> outcome = with(r -> r.put("created_at", "2026-03-01 10:00"));
    assertThat(code(outcome), is(DeadLetterCode.BAD_TIMESTAMP));
    assertThat(outcome.rejection().detail(), containsString("created_at"));
  }

  // --- messages ---

  @Test
  void missingMessagesIsMissingField() {
    assertThat(code(with(r -> r.remove("messages"))), is(DeadLetterCode.MISSING_FIELD));
    assertThat(code(with(r -> r.putNull("messages"))), is(DeadLetterCode.MISSING_FIELD));
  }

  @Test
  void emptyMessagesAreFine() {
    ParseOutcome<Conversation> outcome = with(r -> r.putArray("messages"));
    assertThat(outcome.isParsed(), is(true));
    assertThat(outcome.value().messages().size(), is(0));
  }

  @Test
  void messagesThatAreNotAnArrayAreBadFieldType() {
    assertThat(code(with(r -> r.putObject("messages"))), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(with(r -> r.put("messages", "hi"))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void aMessageThatIsNotAnObjectIsBadFieldType() {
    ParseOutcome<Conversation> outcome = with(r -> ((ArrayNode) r.get("messages")).add("hello"));
    assertThat(code(outcome), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(outcome.rejection().detail(), containsString("messages[2]"));
    assertThat(code(with(r -> ((ArrayNode) r.get("messages")).addNull())), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void missingRoleIsMissingFieldNamingTheMessage() {
    ParseOutcome<Conversation> outcome = with(r -> message(r, 1).remove("role"));
    assertThat(code(outcome), is(DeadLetterCode.MISSING_FIELD));
    assertThat(outcome.rejection().detail(), containsString("messages[1].role"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "User", "USER", " user", "", "bot"})
  void roleOutsideTheListIsBadValue(String role) {
    assertThat(code(with(r -> message(r, 0).put("role", role))), is(DeadLetterCode.BAD_VALUE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"system", "user", "assistant", "tool"})
  void everyContractRoleIsAccepted(String role) {
    ParseOutcome<Conversation> outcome = with(r -> message(r, 0).put("role", role));
    assertThat(outcome.value().messages().get(0).role().name().toLowerCase(), is(role));
  }

  @Test
  void nonStringRoleIsBadFieldType() {
    assertThat(code(with(r -> message(r, 0).put("role", 1))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void missingContentIsMissingField() {
    assertThat(code(with(r -> message(r, 0).remove("content"))), is(DeadLetterCode.MISSING_FIELD));
    assertThat(code(with(r -> message(r, 0).putNull("content"))), is(DeadLetterCode.MISSING_FIELD));
  }

  @Test
  void emptyContentIsFine() {
    assertThat(with(r -> message(r, 0).put("content", "")).value().messages().get(0).content(), is(""));
  }

  @Test
  void nonStringContentIsBadFieldType() {
    assertThat(code(with(r -> message(r, 0).putObject("content"))), is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(with(r -> message(r, 0).put("content", 3))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void messageCreatedAtIsOptionalButMustBeATimestamp() {
    assertThat(with(r -> message(r, 0).putNull("created_at")).value().messages().get(0).createdAt(), is(nullValue()));
    assertThat(with(r -> message(r, 0).put("created_at", 1772359200000L)).value().messages().get(0).createdAt(),
        is(Instant.ofEpochMilli(1772359200000L)));
    ParseOutcome<Conversation> outcome = with(r -> message(r, 0).put("created_at", "soon"));
    assertThat(code(outcome), is(DeadLetterCode.BAD_TIMESTAMP));
    assertThat(outcome.rejection().detail(), containsString("messages[0].created_at"));
  }

  @Test
  void messageIdIsOptionalButMustBeAString() {
    assertThat(with(r -> message(r, 0).remove("id")).value().messages().get(0).id(), is(nullValue()));
    assertThat(code(with(r -> message(r, 0).put("id", 1))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  // --- precedence: the most basic problem wins, whatever the field order ---

  @Test
  void missingFieldBeatsTypeTimestampAndValueProblems() {
    ParseOutcome<Conversation> outcome = with(r -> {
      message(r, 0).put("role", "admin");
      r.put("created_at", "yesterday");
      r.put("product", 5);
      message(r, 1).remove("content");
    });
    assertThat(code(outcome), is(DeadLetterCode.MISSING_FIELD));
    assertThat(outcome.rejection().detail(), containsString("messages[1].content"));
  }

  @Test
  void badTypeBeatsTimestampAndValueProblems() {
    ParseOutcome<Conversation> outcome = with(r -> {
      r.put("conversation_id", "");
      r.put("created_at", "yesterday");
      message(r, 1).put("content", 9);
    });
    assertThat(code(outcome), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void badTimestampBeatsBadValue() {
    ParseOutcome<Conversation> outcome = with(r -> {
      message(r, 0).put("role", "admin");
      message(r, 1).put("created_at", "later");
    });
    assertThat(code(outcome), is(DeadLetterCode.BAD_TIMESTAMP));
  }

  @Test
  void precedenceDoesNotDependOnFieldOrder() {
    String valueFirst = "{\"messages\": [{\"role\": \"admin\", \"content\": \"x\"}], \"plan\": \"plus\", \"product\": \"chatgpt\","
        + " \"created_at\": \"2026-03-01T10:00:00Z\", \"user_id\": \"u\"}";
    assertThat(code(parse(valueFirst)), is(DeadLetterCode.MISSING_FIELD));
  }

  // --- attribution ---

  @Test
  void rejectionKeepsValidIds() {
    ParseOutcome<Conversation> outcome = with(r -> r.put("created_at", "nope"));
    assertThat(outcome.rejection().conversationId(), is("c-0001"));
    assertThat(outcome.rejection().userId(), is("u-42"));
  }

  @Test
  void rejectionDropsAnInvalidIdButKeepsTheValidOne() {
    ParseOutcome<Conversation> badConversation = with(r -> r.put("conversation_id", ""));
    assertThat(badConversation.rejection().conversationId(), is(nullValue()));
    assertThat(badConversation.rejection().userId(), is("u-42"));
    ParseOutcome<Conversation> badUser = with(r -> r.put("user_id", 42));
    assertThat(badUser.rejection().conversationId(), is("c-0001"));
    assertThat(badUser.rejection().userId(), is(nullValue()));
  }

  @Test
  void malformedRecordIsNotAttributed() {
    ParseOutcome<Conversation> outcome = parse("{\"conversation_id\": \"c-1\", \"user_id\": \"u-1\",");
    assertThat(outcome.rejection().conversationId(), is(nullValue()));
    assertThat(outcome.rejection().userId(), is(nullValue()));
  }

  // --- timestamps (shared cases) ---

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("io.traingate.ingest.TimestampCases#accepted")
  void acceptedCreatedAt(String literal, Instant expected) {
    String json = valid().toString().replace("\"created_at\":\"2026-03-01T10:00:00Z\",\"messages\"",
        "\"created_at\":" + literal + ",\"messages\"");
    assertThat(json, containsString(literal));
    assertThat(parse(json).value().createdAt(), is(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.MethodSource("io.traingate.ingest.TimestampCases#refused")
  void refusedCreatedAt(String literal, DeadLetterCode expected) {
    String json = valid().toString().replace("\"created_at\":\"2026-03-01T10:00:00Z\",\"messages\"",
        "\"created_at\":" + literal + ",\"messages\"");
    assertThat(json, containsString(literal));
    ParseOutcome<Conversation> outcome = parse(json);
    assertThat(code(outcome), is(expected));
    assertThat(outcome.rejection().detail(), containsString("created_at"));
  }
}
