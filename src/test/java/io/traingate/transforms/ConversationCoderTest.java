package io.traingate.transforms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;

import io.traingate.policy.Conversation;
import io.traingate.policy.Message;
import io.traingate.policy.Role;
import java.time.Instant;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class ConversationCoderTest {
  private static final Conversation FULL =
      new Conversation(
          "c-1",
          "u-1",
          "ws-9",
          "chatgpt",
          "team",
          true,
          Instant.parse("2026-03-01T10:00:00.123456789Z"),
          List.of(
              new Message("m1", Role.USER, "héllo 👋 \u0000 world", Instant.parse("2026-03-01T10:00:01Z")),
              new Message(null, Role.TOOL, "", null)),
          "digest");
  private static final Conversation SPARSE =
      new Conversation("c-2", "u-2", null, "", "", false, Instant.parse("2026-01-01T00:00:00Z"), List.of(), "d");

  @Test
  void decodesWhatItEncodes() throws Exception {
    CoderProperties.coderDecodeEncodeEqual(ConversationCoder.of(), FULL);
    CoderProperties.coderDecodeEncodeEqual(ConversationCoder.of(), SPARSE);
    CoderProperties.coderDeterministic(ConversationCoder.of(), FULL, FULL);
    for (Instant edge : CoderChecks.EDGE_INSTANTS) {
      CoderProperties.coderDecodeEncodeEqual(
          ConversationCoder.of(),
          new Conversation("c", "u", "", "p", "q", false, edge, List.of(new Message("m", Role.SYSTEM, CoderChecks.UNICODE, edge)), ""));
    }
  }

  @Test
  void isMuchSmallerThanJavaSerialization() throws Exception {
    int compact = CoderUtils.encodeToByteArray(ConversationCoder.of(), FULL).length;
    int java = CoderUtils.encodeToByteArray(SerializableCoder.of(Conversation.class), FULL).length;
    assertThat(compact * 4, lessThan(java));
  }
}
