package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * The people of a pasted commit log: the words between a line's "Author:", "Signed-off-by:",
 * "Co-authored-by:" or "Reviewed-by:" and its mail address or end are the name of one ("Author:
 * 木村 隆 &lt;t@x.dev&gt;", "Signed-off-by: 조지훈", "Co-authored-by: Xu Ming &lt;x@y.cn&gt;"), in a
 * script without case, where no capital marks a name, and in capitals, where a listed word of
 * the name keeps bots out ("Author: Renovate Bot &lt;bot@…&gt;").
 */
final class CommitPeopleNames {

  private CommitPeopleNames() {}

  /** The labels of git's header lines and trailers that a person's name follows. */
  private static final long[] LABELS = Tokens.keys(
      "author committer signed-off-by co-authored-by reviewed-by acked-by tested-by reported-by suggested-by helped-by");
  private static final int MAX_NAME_WORDS = 4;

  /** Adds a PERSON span for each name after a commit log's label in the tokens' text. */
  static void find(Tokens tokens, List<Span> out) {
    if (!tokens.mayHold(':')) {
      return;
    }
    for (int label = TokenSearch.nextWord(tokens, LABELS, 0); label >= 0; label = TokenSearch.nextWord(tokens, LABELS, label + 1)) {
      int first = label + 1;
      if (first >= tokens.count() || !opensLine(tokens, label) || !tokens.gapBefore(first).strip().equals(":")) {
        continue;
      }
      int last = nameEnd(tokens, first);
      if (last >= 0) {
        out.add(new Span(EntityType.PERSON, tokens.start(first), tokens.end(last)));
      }
    }
  }

  /** True if only spaces and tabs stand between the line's start and token {@code t}. */
  private static boolean opensLine(Tokens tokens, int t) {
    String text = tokens.text();
    int i = tokens.start(t) - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /**
   * The last word of the name that starts at {@code first}: up to four words of letters, one space
   * apart, closed by the line's end or " &lt;"; -1 if none is, or if in capitals no word of it is listed.
   */
  private static int nameEnd(Tokens tokens, int first) {
    boolean caseless = true;
    boolean listed = false;
    for (int t = first; t < tokens.count() && t < first + MAX_NAME_WORDS; t++) {
      int flags = tokens.flags(t);
      boolean word = (flags & (Tokens.HAS_DIGIT | Tokens.INNER_CAPITAL)) == 0 && (flags & (Tokens.CASELESS | Tokens.CAPITALIZED)) != 0;
      if (!word || t > first && !tokens.gapIs(t, " ")) {
        return -1;
      }
      caseless &= (flags & Tokens.CASELESS) != 0;
      listed |= (flags & (Lexicon.FIRST_NAME | Lexicon.LAST_NAME)) != 0;
      if (t + 1 == tokens.count() || tokens.gapHolds(t + 1, '\n') || tokens.gapIs(t + 1, " <")) {
        return caseless || listed ? t : -1;
      }
    }
    return -1;
  }
}
