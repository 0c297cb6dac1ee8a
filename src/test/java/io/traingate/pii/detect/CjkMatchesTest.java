package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CJK rules try their patterns only near CJK words: they must find what a search of the whole text finds. */
class CjkMatchesTest {

  /** Shaped like the rules': a lead of digits before the first CJK char, a lookbehind, a lookahead, a supplementary Han char. */
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("(?:〒?\\d{3}-\\d{4} ?)?\\p{IsHan}{2}県\\d{1,3}(?:-\\d{1,3})*"),
      Pattern.compile("(?<!\\p{IsHan})\\p{IsHan}{1,3} ?(?=さん)"),
      Pattern.compile("(?:이름|저는) ?\\p{IsHangul}{2,4}"));
  /** What each pattern's matches hold. */
  private static final List<String> ANCHORS = List.of("県", "さ", "름는");

  @Test
  void findsWhatASearchOfTheWholeTextFinds() {
    Random random = new Random(11);
    String[] pieces = {"a", "Bob ", " ", "7", "-", "〒", "123-4567 ", "県", "山", "田中", "さん", "ん", "이름", "김", "저는 ", "\uD840\uDC0B", "\uDC0B", ".", "\n"};
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(30); p > 0; p--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      ScannedText scanned = new ScannedText(Lexicon.get()).read(text.toString());
      for (int p = 0; p < PATTERNS.size(); p++) {
        assertThat(text.toString(), found(scanned.tokens(), p), equalTo(searched(PATTERNS.get(p), text.toString())));
      }
    }
  }

  @Test
  void findsAPostcodeBeforeThePrefectureAndNothingInEnglish() {
    String text = "ship it to 〒150-0041 東京県3-14 please, and to 〒150-0041 nowhere";
    ScannedText scanned = new ScannedText(Lexicon.get()).read(text);
    assertThat(found(scanned.tokens(), 0), contains("〒150-0041 東京県3-14"));
  }

  private static List<String> found(Tokens tokens, int pattern) {
    List<String> found = new ArrayList<>();
    new CjkMatches(PATTERNS.get(pattern), ANCHORS.get(pattern)).find(tokens, m -> found.add(m.group()));
    return found;
  }

  private static List<String> searched(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
