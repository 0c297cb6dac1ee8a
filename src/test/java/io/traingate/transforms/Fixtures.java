package io.traingate.transforms;

import io.traingate.ingest.DeadLetter;
import io.traingate.ingest.DeadLetterCode;
import io.traingate.policy.ConsentAction;
import io.traingate.policy.ConsentEvent;
import io.traingate.policy.Conversation;
import io.traingate.policy.EligibilityRules;
import io.traingate.policy.Message;
import io.traingate.policy.OptOutScope;
import io.traingate.policy.PolicyFile;
import io.traingate.policy.Role;
import java.time.Instant;
import java.util.List;

/** Small records for the transform tests. */
final class Fixtures {
  static final Instant CONSENT_AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  private Fixtures() {}

  static Conversation conversation(String id, String user, String created, String... contents) {
    List<Message> messages =
        java.util.Arrays.stream(contents).map(content -> new Message(null, Role.USER, content, null)).toList();
    return new Conversation(id, user, null, "chatgpt", "plus", false, Instant.parse(created), messages, "digest-" + id);
  }

  static ConsentEvent event(String user, ConsentAction action, String at) {
    return new ConsentEvent(user, action, Instant.parse(at), "privacy_portal");
  }

  static DeadLetter badConsentRecord(String userOrNull) {
    return new DeadLetter(DeadLetterCode.BAD_VALUE, "event has a value that is not allowed", "consent.jsonl:1", null, userOrNull, "{}", null);
  }

  static EligibilityRules rules(boolean allowEmptyConsent) {
    return new EligibilityRules(PolicyFile.defaultPolicy().tierTable(), OptOutScope.NEW_CONVERSATIONS, CONSENT_AS_OF, allowEmptyConsent);
  }
}
