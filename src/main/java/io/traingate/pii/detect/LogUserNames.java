package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.COMMON_WORD;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * Login names that are people's given names, in the log lines that developers paste into chat:
 * after "user" and before what the user did ("user kwame connected from …", "session opened for
 * user maria by …", "Invalid user grace from …"), and between sshd's "Accepted publickey for" or
 * "Failed password for" and "from". Accounts such as root, admin or deploy are no names; an
 * everyday word is one only where lists call it a given name too ("user will connected").
 */
final class LogUserNames {

  private LogUserNames() {}

  private static final long[] USER = Tokens.keys("user");
  private static final long FOR = Tokens.key("for");
  private static final long FROM = Tokens.key("from");
  /** What a log says a user did, right after the login name; "from" also ends sshd's frame. */
  private static final long[] AFTER_NAME = Tokens.keys("connected disconnected logged authenticated from by");
  /** How sshd says a login went, before "for": "Accepted publickey for …", "Failed password for …". */
  private static final long[] LOGIN_METHODS = Tokens.keys("publickey password keyboard-interactive hostbased");

  /** Adds a PERSON span for each login name in a log line of the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.mayHold(':') || !tokens.mayHoldAny(USER) && !tokens.mayHoldAny(LOGIN_METHODS)) {
      return; // log lines hold times and "sshd[2219]:"; prose without a colon holds none, and "from" or "by" alone opens no frame
    }
    SecondRuleSpans names = new SecondRuleSpans(out, EntityType.PERSON);
    for (int after = TokenSearch.nextWord(tokens, AFTER_NAME, 2); after >= 0; after = TokenSearch.nextWord(tokens, AFTER_NAME, after + 1)) {
      int t = after - 1;
      boolean afterUser = tokens.isAny(t - 1, USER);
      boolean sshLogin = tokens.is(after, FROM) && tokens.is(t - 1, FOR) && tokens.isAny(t - 2, LOGIN_METHODS);
      if ((afterUser || sshLogin) && isLoginName(tokens, t)) {
        names.add(tokens.start(t), tokens.end(t));
      }
    }
  }

  /** A listed given name in lower case, one space from its neighbours. */
  private static boolean isLoginName(Tokens tokens, int t) {
    int flags = tokens.flags(t);
    boolean everyday = (flags & COMMON_WORD) != 0 && (flags & Lexicon.NAME_LIKE_WORD) == 0;
    return (flags & (Tokens.ALL_LOWER | FIRST_NAME | FUNCTION_WORD)) == (Tokens.ALL_LOWER | FIRST_NAME) && !everyday
        && tokens.gapIs(t, " ") && tokens.gapIs(t + 1, " ");
  }
}
