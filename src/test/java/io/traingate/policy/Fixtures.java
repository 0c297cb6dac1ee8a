package io.traingate.policy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Small builders for the policy tests. */
final class Fixtures {
  private Fixtures() {}

  static Instant at(String iso) {
    return Instant.parse(iso.length() == 10 ? iso + "T00:00:00Z" : iso);
  }

  static Message msg(String content, String iso) {
    return new Message(null, Role.USER, content, iso == null ? null : at(iso));
  }

  static Conversation conversation(String id, String createdAt, Message... messages) {
    return new Conversation(id, "u1", null, "chatgpt", "plus", false, at(createdAt), Arrays.asList(messages), "00");
  }

  static Conversation withTier(Conversation c, String workspaceId, String product, String plan) {
    return new Conversation(
        c.conversationId(), c.userId(), workspaceId, product, plan, c.temporary(), c.createdAt(), c.messages(), c.recordDigest());
  }

  static Conversation temporary(Conversation c) {
    return new Conversation(
        c.conversationId(), c.userId(), c.workspaceId(), c.product(), c.plan(), true, c.createdAt(), c.messages(), c.recordDigest());
  }

  static Conversation withDigest(Conversation c, String digest) {
    return new Conversation(
        c.conversationId(), c.userId(), c.workspaceId(), c.product(), c.plan(), c.temporary(), c.createdAt(), c.messages(), digest);
  }

  static ConsentEvent event(ConsentAction action, String iso) {
    return new ConsentEvent("u1", action, at(iso), "privacy_portal");
  }

  static ConsentTimeline timeline(ConsentEvent... events) {
    return ConsentTimeline.of(List.of(events), false);
  }
}
