package io.traingate.pii.detect;

import static io.traingate.pii.detect.Tokens.HAS_DIGIT;

import java.util.Set;

/**
 * The numbers a cue of a {@link CheckedIdScheme} names further on than the value right after it:
 * in the next sentence ("can you send Sindre's fødselsnummer? Mine is 21015223631"), after words
 * the cue's filler list lacks ("isikukood registreerimiseks on 48606232149"), or a second one ("My
 * SIN is 578 921 777, my wife's is 100 445 329"). Only a number that passes its scheme's check
 * counts, within {@link #MAX_REACH} tokens of the cue and in its paragraph, and not one that a
 * word names as another kind of number ("phone", "order").
 */
final class CheckedIdsAhead {

  static final int MAX_REACH = 30;
  /** Tokens before a number that may name it as another kind: "phone number 911 234 567", "order no. …". */
  private static final int NAMING_WORDS = 2;
  /** The most chars of a checked number's groups: the Emirates ID's 15 digits, with a letter to spare. */
  private static final int MAX_CHARS = 16;

  private CheckedIdsAhead() {}

  /**
   * Adds the numbers of {@code schemes} that stand after cue token {@code cue}, from token {@code from}
   * on (after the cue; later if a cue of the same schemes before it has read the tokens between), and
   * returns the last token read.
   */
  static int find(Tokens tokens, int cue, int from, Set<CheckedIdScheme> schemes, SecondRuleSpans ids) {
    String text = tokens.text();
    int end = Math.min(tokens.count() - 1, cue + MAX_REACH);
    for (int k = from; k <= end; k++) {
      if (tokens.gapBefore(k).contains("\n\n")) {
        return k - 1; // the paragraph ends
      }
      boolean opensValue = tokens.has(k, HAS_DIGIT)
          || GovIdDetector.isLetterGroup(tokens, k) && tokens.has(k + 1, HAS_DIGIT) && GovIdDetector.isJoined(tokens, k + 1);
      if (!opensValue) {
        continue;
      }
      // the longest run of joined groups from k that a scheme holds: "CL 09 75 99 B", not "… B 2024"
      for (int last = GovIdDetector.valueEnd(tokens, k, MAX_CHARS); last >= k; last--) {
        if (holds(schemes, text.substring(tokens.start(k), tokens.end(last)))) {
          if (!isNamedOtherNumber(tokens, k, cue)) {
            ids.add(tokens.start(k), tokens.end(last));
            k = last;
          }
          break;
        }
      }
    }
    return end;
  }

  private static boolean holds(Set<CheckedIdScheme> schemes, String value) {
    for (CheckedIdScheme scheme : schemes) {
      if (scheme.holds(value)) {
        return true;
      }
    }
    return false;
  }

  /** True if one of the words just before token {@code k}, after the cue, names another kind of number. */
  private static boolean isNamedOtherNumber(Tokens tokens, int k, int cue) {
    for (int w = Math.max(cue + 1, k - NAMING_WORDS); w < k; w++) {
      if (GovIdDetector.OTHER_NUMBERS.contains(GovIdDetector.word(tokens, w))) {
        return true;
      }
    }
    return false;
  }
}
