package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;

/**
 * US social security numbers written {@code AAA-GG-SSSS} (dashes, spaces or dots, the same
 * delimiter twice), or as nine bare digits after a word like "SSN" or "my social", with no other
 * digits between, where a list that writes others in full has them, or in a pasted table's column
 * that its header names as SSNs. Area, group and serial
 * follow the SSA's rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial.
 */
public final class UsSsnDetector implements Detector {

  /** The cues, also "social" as people call the SSN theirs: "i typed my social wrong, put 321521424". */
  private static final ContextWords CONTEXT = ContextWords.of("ssn", "social security", "social sec", "ss#", "ss no",
      "my social", "your social", "ur social", "his social", "her social", "their social");
  /** What "my social" may name instead: "my social media id 321521424". */
  private static final List<String> OTHER_SOCIALS = List.of(" media", " network");
  /** From the cue's end to the number: far enough for the next turn of a chat to give it. */
  private static final int MAX_CHARS_FROM_CUE = 64;
  /** The length of AAA-GG-SSSS. */
  private static final int WRITTEN_LENGTH = 11;

  @Override
  public void detect(ScannedText scanned, List<Span> out) {
    String text = scanned.text();
    boolean written = false;
    boolean writtenInBrackets = false;
    Runs bareWithoutCue = null;
    for (DigitGroups run = DigitGroups.in(scanned, "- ."); run.next(); ) {
      int tail = dashedTail(text, run);
      if (tail >= 0) {
        out.add(new Span(EntityType.US_SSN, tail, run.end()));
        written = true;
        continue;
      }
      if (run.digitCount() != 9 || run.embedded() || !hasValidParts(run.digits())) {
        continue;
      }
      if (run.groupCount() == 3 && !run.mixedSeparators() && isWrittenSsn(text, run.start(), run.end())) {
        out.add(new Span(EntityType.US_SSN, run.start(), run.end()));
        written = true;
        writtenInBrackets |= isInBrackets(text, run.start(), run.end());
      } else if (run.groupCount() == 1 && isRightAfterCue(text, run.start())) {
        out.add(new Span(EntityType.US_SSN, run.start(), run.end()));
      } else if (run.groupCount() == 1) {
        bareWithoutCue = bareWithoutCue == null ? new Runs() : bareWithoutCue;
        bareWithoutCue.add(run.start(), run.end());
      }
    }
    // Bare nine digits are also an SSN in a list that writes others in full, where they stand as those do: in
    // brackets after a name like them, or right after a given name ("spouse Grace Thompson (255831115);
    // dependents: Abigail 294 05 1464, Megan 701159888" beside "(821-08-2830)").
    if (bareWithoutCue != null && scanned.holdsNamedColumns()) {
      SecondRuleSpans ssns = new SecondRuleSpans(out, EntityType.US_SSN);
      TableColumns.read(scanned, TableColumns.Kind.SSN, (from, to) -> addBareCell(text, from, to, ssns)); // the header is the cue
    }
    for (int r = 0; written && bareWithoutCue != null && r < bareWithoutCue.count(); r++) {
      int start = bareWithoutCue.start(r);
      int end = bareWithoutCue.end(r);
      if (writtenInBrackets && isInBrackets(text, start, end) || followsGivenName(scanned.tokens(), start)) {
        out.add(new Span(EntityType.US_SSN, start, end));
      }
    }
  }

  /** Adds the cell {@code [from, to)} of an SSN column if its value is nine bare digits with valid parts. */
  private static void addBareCell(String text, int from, int to, SecondRuleSpans ssns) {
    int start = TableColumns.valueStart(text, from, to);
    int end = TableColumns.valueEnd(text, start, to);
    if (end - start == 9 && Chars.isDigits(text, start, end) && hasValidParts(text.substring(start, end))) {
      ssns.add(start, end); // unless the cue of the header found it
    }
  }

  /**
   * Where an SSN written with dashes that ends a longer run after a space starts, or -1: the groups
   * before it are another number's, which one space joined to it ("SSN on W-4 115-15-2127").
   */
  private static int dashedTail(String text, DigitGroups run) {
    int start = run.end() - WRITTEN_LENGTH;
    return run.groupCount() > 3 && start > run.start() && text.charAt(start - 1) == ' ' && text.charAt(start + 3) == '-'
        && !Chars.joinsWordAt(text, run.end()) && isWrittenSsn(text, start, run.end()) ? start : -1;
  }

  /** True if the number alone fills a pair of round brackets. */
  private static boolean isInBrackets(String text, int start, int end) {
    return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
  }

  /** True if a capitalised given name and one space stand right before the number. */
  private static boolean followsGivenName(Tokens tokens, int start) {
    int name = start >= 2 && tokens.text().charAt(start - 1) == ' ' ? TokenSearch.endingAt(tokens, start - 1) : -1;
    return name >= 0 && tokens.has(name, Lexicon.FIRST_NAME) && tokens.has(name, Tokens.CAPITALIZED);
  }

  /**
   * "SSN: 536228901", "the last 4 of your SSN.\nCustomer: you can have the whole thing, 431626273",
   * but not "SSN 536-22-8901, passport 123456789": no digits between cue and number.
   */
  private static boolean isRightAfterCue(String text, int start) {
    int cueEnd = CONTEXT.lastEndBefore(text, start, MAX_CHARS_FROM_CUE);
    if (cueEnd < 0 || OTHER_SOCIALS.stream().anyMatch(other -> text.regionMatches(true, cueEnd, other, 0, other.length()))) {
      return false;
    }
    for (int i = cueEnd; i < start; i++) {
      if (Chars.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if {@code text} from {@code from} to {@code to} is an SSN written AAA-GG-SSSS, the same
   * delimiter (dash, space or dot) twice, with valid parts: the detector's test of grouped numbers,
   * and the GOV_ID detector's of a tax number in the SSN's shape.
   */
  static boolean isWrittenSsn(CharSequence text, int from, int to) {
    if (to - from != WRITTEN_LENGTH || text.charAt(from + 3) != text.charAt(from + 6) || "- .".indexOf(text.charAt(from + 3)) < 0) {
      return false;
    }
    StringBuilder digits = new StringBuilder(9);
    for (int i = from; i < to; i++) {
      if (i != from + 3 && i != from + 6) {
        if (!Chars.isDigit(text.charAt(i))) {
          return false;
        }
        digits.append(text.charAt(i));
      }
    }
    return hasValidParts(digits.toString());
  }

  static boolean hasValidParts(String nineDigits) {
    int area = Integer.parseInt(nineDigits, 0, 3, 10);
    int group = Integer.parseInt(nineDigits, 3, 5, 10);
    int serial = Integer.parseInt(nineDigits, 5, 9, 10);
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }
}
