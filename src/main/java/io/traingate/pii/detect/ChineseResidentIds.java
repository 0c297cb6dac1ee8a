package io.traingate.pii.detect;

/**
 * China's 18-char resident identity numbers: 17 digits and a check char (ISO 7064 MOD 11-2, X for
 * 10). A number whose check holds may stand a clause after its cue ("身份证原件和复印件，号码是
 * 110101199003074578"), where a run of digits that merely has its length may not: the cue must be
 * in the same sentence, at most {@link #MAX_CUE_DISTANCE} chars before it.
 */
final class ChineseResidentIds {

  private static final int LENGTH = 18;
  private static final int MAX_CUE_DISTANCE = 16;
  /** The check char for each remainder of the weighted sum mod 11. */
  private static final String CHECK_CHARS = "10X98765432";

  private ChineseResidentIds() {}

  /** Adds the checked numbers in the digit tokens of a CJK text that a cue comes shortly before. */
  static void find(Tokens tokens, SecondRuleSpans ids) {
    String text = tokens.text();
    for (int t = TokenSearch.nextFlagged(tokens, Tokens.HAS_DIGIT, 0); t >= 0; t = TokenSearch.nextFlagged(tokens, Tokens.HAS_DIGIT, t + 1)) {
      for (int i = tokens.start(t); i + LENGTH <= tokens.end(t); i++) {
        boolean startsRun = i == tokens.start(t) || !Chars.isAsciiAlnum(text.charAt(i - 1));
        boolean endsRun = i + LENGTH == tokens.end(t) || !Chars.isAsciiAlnum(text.charAt(i + LENGTH));
        if (startsRun && endsRun && isValid(text, i) && CjkIdCues.holdsCue(text, cueSearchStart(text, i), i)) {
          ids.add(i, i + LENGTH);
        }
      }
    }
  }

  /** True if the 18 chars at {@code from} are 17 digits and their check char. */
  static boolean isValid(CharSequence text, int from) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = text.charAt(from + i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * ((1 << (LENGTH - 1 - i)) % 11); // the weight of position i is 2^(17-i) mod 11
    }
    return Character.toUpperCase(text.charAt(from + LENGTH - 1)) == CHECK_CHARS.charAt(sum % 11);
  }

  /** Where the search for a cue before char {@code at} starts: {@link #MAX_CUE_DISTANCE} back, but not before the sentence. */
  private static int cueSearchStart(String text, int at) {
    int from = Math.max(0, at - MAX_CUE_DISTANCE);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '.' || c == '!' || c == '?') {
        return i + 1;
      }
    }
    return from;
  }
}
