package io.traingate.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentParserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConsentParser PARSER = new ConsentParser();

  private static ObjectNode valid() {
    ObjectNode r = JSON.createObjectNode();
    r.put("user_id", "u-42");
    r.put("event", "opt_out");
    r.put("effective_at", "2026-03-10T00:00:00Z");
    r.put("source", "privacy_portal");
    return r;
  }

  private static ParseOutcome<ConsentEvent> parse(String json) {
    return PARSER.parse(json, json.getBytes(StandardCharsets.UTF_8));
  }

  private static ParseOutcome<ConsentEvent> with(Consumer<ObjectNode> change) {
    ObjectNode r = valid();
    change.accept(r);
    return parse(r.toString());
  }

  private static DeadLetterCode code(ParseOutcome<?> outcome) {
    assertThat("expected a rejection", outcome.isParsed(), is(false));
    return outcome.rejection().code();
  }

  @Test
  void validEventIsParsed() {
    ConsentEvent e = parse(valid().toString()).value();
    assertThat(e, is(new ConsentEvent("u-42", ConsentAction.OPT_OUT, Instant.parse("2026-03-10T00:00:00Z"), "privacy_portal")));
  }

  @ParameterizedTest
  @CsvSource({"opt_out,OPT_OUT", "opt_in,OPT_IN", "delete,DELETE"})
  void everyContractEventIsAccepted(String event, ConsentAction expected) {
    assertThat(with(r -> r.put("event", event)).value().action(), is(expected));
  }

  @Test
  void sourceIsOptional() {
    assertThat(with(r -> r.remove("source")).value().source(), is(nullValue()));
    assertThat(with(r -> r.putNull("source")).value().source(), is(nullValue()));
  }

  @Test
  void nonStringSourceIsBadFieldType() {
    assertThat(code(with(r -> r.put("source", 1))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @Test
  void extraFieldsAreIgnored() {
    assertThat(with(r -> r.put("note", "x")).isParsed(), is(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"user_id", "event", "effective_at"})
  void missingOrNullRequiredFieldIsMissingField(String field) {
    ParseOutcome<ConsentEvent> absent = with(r -> r.remove(field));
    assertThat(code(absent), is(DeadLetterCode.MISSING_FIELD));
    assertThat(absent.rejection().detail(), containsString(field));
    assertThat(code(with(r -> r.putNull(field))), is(DeadLetterCode.MISSING_FIELD));
  }

  @Test
  void nonStringUserIdIsBadFieldType() {
    assertThat(code(with(r -> r.put("user_id", 42))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  /** Two such ids would both become "u-?" in UTF-8, so one user's opt-out could be another's opt-in. */
  @ParameterizedTest
  @ValueSource(strings = {"u-\\ud800", "u-\\udfff", "u-\\ude00\\ud83d"})
  void userIdWithAnUnpairedSurrogateIsBadValue(String escapedId) {
    String json = valid().toString().replace("\"u-42\"", "\"" + escapedId + "\"");
    assertThat(code(parse(json)), is(DeadLetterCode.BAD_VALUE));
    assertThat(parse(valid().toString().replace("\"u-42\"", "\"u-\\ud83d\\ude00\"")).isParsed(), is(true));
  }

  @Test
  void userIdLengthIsChecked() {
    assertThat(code(with(r -> r.put("user_id", ""))), is(DeadLetterCode.BAD_VALUE));
    assertThat(code(with(r -> r.put("user_id", "u".repeat(257)))), is(DeadLetterCode.BAD_VALUE));
    assertThat(with(r -> r.put("user_id", "u".repeat(256))).isParsed(), is(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPT_OUT", "opt-out", "optout", "unsubscribe", "", " opt_in"})
  void unknownEventIsBadValue(String event) {
    ParseOutcome<ConsentEvent> outcome = with(r -> r.put("event", event));
    assertThat(code(outcome), is(DeadLetterCode.BAD_VALUE));
    assertThat(outcome.rejection().detail(), containsString("event"));
  }

  @Test
  void nonStringEventIsBadFieldType() {
    assertThat(code(with(r -> r.put("event", true))), is(DeadLetterCode.BAD_FIELD_TYPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.traingate.ingest.TimestampCases#accepted")
  void acceptedTimestamps(String literal, Instant expected) {
    String json = "{\"user_id\": \"u\", \"event\": \"opt_in\", \"effective_at\": " + literal + "}";
    assertThat(parse(json).value().effectiveAt(), is(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("io.traingate.ingest.TimestampCases#refused")
  void refusedTimestamps(String literal, DeadLetterCode expected) {
    String json = "{\"user_id\": \"u\", \"event\": \"opt_in\", \"effective_at\": " + literal + "}";
    ParseOutcome<ConsentEvent> outcome = parse(json);
    assertThat(code(outcome), is(expected));
    assertThat(outcome.rejection().detail(), containsString("effective_at"));
  }

  @Test
  void duplicateKeyIsMalformed() {
    assertThat(code(parse("{\"user_id\": \"a\", \"user_id\": \"b\", \"event\": \"opt_in\", \"effective_at\": 1772359200000}")),
        is(DeadLetterCode.MALFORMED_JSON));
  }

  @Test
  void precedenceAcrossFields() {
    assertThat(code(parse("{\"event\": \"nope\", \"effective_at\": \"x\", \"source\": 3}")), is(DeadLetterCode.MISSING_FIELD));
    assertThat(code(parse("{\"event\": \"nope\", \"effective_at\": \"x\", \"source\": 3, \"user_id\": \"u\"}")),
        is(DeadLetterCode.BAD_FIELD_TYPE));
    assertThat(code(parse("{\"event\": \"nope\", \"effective_at\": \"x\", \"user_id\": \"u\"}")), is(DeadLetterCode.BAD_TIMESTAMP));
    assertThat(code(parse("{\"event\": \"nope\", \"effective_at\": 1772359200000, \"user_id\": \"u\"}")), is(DeadLetterCode.BAD_VALUE));
  }

  @Test
  void badRecordNamingAValidUserIsAttributedToThatUser() {
    ParseOutcome<ConsentEvent> outcome = with(r -> r.put("event", "unsubscribe"));
    assertThat(outcome.rejection().userId(), is("u-42"));
    assertThat(outcome.rejection().conversationId(), is(nullValue()));
  }

  @Test
  void badRecordWithoutAValidUserIsUnattributed() {
    assertThat(with(r -> r.remove("user_id")).rejection().userId(), is(nullValue()));
    assertThat(with(r -> r.put("user_id", "")).rejection().userId(), is(nullValue()));
    assertThat(with(r -> r.put("user_id", 7)).rejection().userId(), is(nullValue()));
    assertThat(parse("{\"user_id\": \"u-42\", \"event\": ").rejection().userId(), is(nullValue()));
  }
}
