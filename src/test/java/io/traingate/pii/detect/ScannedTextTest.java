package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.traingate.pii.eval.LabeledCorpus;
import io.traingate.pii.eval.LabeledMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Detectors only visit the runs that the scan reports, so a run it missed would be an entity
 * never looked at: each kind of run is held to a regular expression that defines it.
 */
class ScannedTextTest {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_.-]{" + ProviderKeyDetector.MIN_TOKEN + ",}");
  private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]{" + CryptoWalletDetector.MIN_LENGTH + ",}");
  private static final Pattern ADDRESS_LIKE = Pattern.compile("[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]*");
  /** The union of the classes: a run of any kind lies in one of these, and only those holding a letter or digit count. */
  private static final Pattern UNION = Pattern.compile("[A-Za-z0-9_.:-]+");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[A-Za-z0-9]");
  /** What an address needs besides: digits (IPv4) or colons (IPv6). */
  private static final Pattern DIGIT_OR_COLON = Pattern.compile("[0-9:]");

  @Test
  void findsEachKindOfRun() {
    ScannedText text = new ScannedText(Lexicon.get()).read("ip 10.0.0.1:80, key sk-abc_DEF.1234 and bc1qar0srrr7xfkvy5l643ly ٣٣ é7");
    assertThat(strings(text, text.digitRuns()), contains("10", "0", "0", "1", "80", "1234", "1", "0", "7", "5", "643", "7"));
    assertThat(strings(text, text.keyRuns()), contains("sk-abc_DEF.1234", "bc1qar0srrr7xfkvy5l643ly"));
    assertThat(strings(text, text.alnumRuns()), contains("bc1qar0srrr7xfkvy5l643ly"));
    assertThat(strings(text, text.addressRuns()), contains("10.0.0.1:80", "DEF.1234"));
  }

  @Test
  void anEmptyTextHasNoRuns() {
    ScannedText text = new ScannedText(Lexicon.get()).read("");
    assertThat(strings(text, text.digitRuns()), empty());
    assertThat(strings(text, text.addressRuns()), empty());
  }

  @Test
  void runsAreExactlyTheMaximalMatchesOfTheirDefinitions() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String corpus : List.of("generated.jsonl", "hard-cases.jsonl")) {
      for (LabeledMessage message : LabeledCorpus.read(Path.of("test-data/pii-corpus", corpus))) {
        texts.add(message.text());
      }
    }
    Random random = new Random(3);
    String alphabet = "aZf9_-.: @\n#ÉX٣\uD83D\uDE00\uDC00";
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(200); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      ScannedText scanned = new ScannedText(Lexicon.get()).read(text);
      assertThat(text, bounds(scanned.digitRuns()), equalTo(matches(DIGITS, text)));
      assertThat(text, bounds(scanned.keyRuns()), equalTo(inUnionRunsHolding(matches(KEY_LIKE, text), text, LETTER_OR_DIGIT)));
      assertThat(text, bounds(scanned.alnumRuns()), equalTo(matches(ALNUM, text)));
      assertThat(text, bounds(scanned.addressRuns()),
          equalTo(inUnionRunsHolding(inUnionRunsHolding(matches(ADDRESS_LIKE, text), text, LETTER_OR_DIGIT), text, DIGIT_OR_COLON)));
    }
  }

  private static List<String> strings(ScannedText text, Runs runs) {
    List<String> strings = new ArrayList<>();
    for (int r = 0; r < runs.count(); r++) {
      strings.add(text.text().substring(runs.start(r), runs.end(r)));
    }
    return strings;
  }

  private static List<List<Integer>> bounds(Runs runs) {
    List<List<Integer>> bounds = new ArrayList<>();
    for (int r = 0; r < runs.count(); r++) {
      bounds.add(List.of(runs.start(r), runs.end(r)));
    }
    return bounds;
  }

  /** A scan is reused from text to text: nothing of a longer text read before may remain. */
  @Test
  void aReusedScanHoldsOnlyTheTextItReadLast() {
    ScannedText reused = new ScannedText(Lexicon.get());
    reused.read("Dana's key sk-abc_DEF.1234567890 at 10.0.0.1, wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq");
    ScannedText scanned = reused.read("Lee 42");
    ScannedText fresh = new ScannedText(Lexicon.get()).read("Lee 42");
    for (Runs[] runs : List.of(
        new Runs[] {scanned.digitRuns(), fresh.digitRuns()}, new Runs[] {scanned.keyRuns(), fresh.keyRuns()},
        new Runs[] {scanned.alnumRuns(), fresh.alnumRuns()}, new Runs[] {scanned.addressRuns(), fresh.addressRuns()})) {
      assertThat(bounds(runs[0]), equalTo(bounds(runs[1])));
    }
    assertThat(scanned.tokens().count(), equalTo(2));
    assertThat(scanned.tokens().flags(0), equalTo(fresh.tokens().flags(0)));
    assertThat(strings(scanned, scanned.digitRuns()), contains("42"));
    reused.clear();
    assertThat(reused.text(), nullValue());
    assertThat(reused.tokens().count(), equalTo(0));
    assertThat(reused.digitRuns().count(), equalTo(0));
  }

  @Test
  void aWordAndItsFullStopHoldNoAddressRunButHexWordsWithColonsDo() {
    ScannedText text = new ScannedText(Lexicon.get()).read("we are done. face:bead::cafe is v6, 1.2 too");
    assertThat(strings(text, text.addressRuns()), contains("face:bead::cafe", "1.2"));
  }

  @Test
  void punctuationAloneHoldsNoRun() {
    ScannedText text = new ScannedText(Lexicon.get()).read("---------------- :: ... ::1 x.:");
    assertThat(strings(text, text.keyRuns()), empty());
    assertThat(strings(text, text.addressRuns()), contains("::1", ".:"));
  }

  /** The runs that lie in a run of the union of all classes that holds a match of {@code required}. */
  private static List<List<Integer>> inUnionRunsHolding(List<List<Integer>> runs, String text, Pattern required) {
    List<List<Integer>> kept = new ArrayList<>();
    for (List<Integer> run : runs) {
      Matcher union = UNION.matcher(text);
      while (union.find()) {
        if (union.start() <= run.get(0) && run.get(0) < union.end()) {
          if (required.matcher(text).region(union.start(), union.end()).find()) {
            kept.add(run);
          }
          break;
        }
      }
    }
    return kept;
  }

  private static List<List<Integer>> matches(Pattern pattern, String text) {
    List<List<Integer>> bounds = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      bounds.add(List.of(matcher.start(), matcher.end()));
    }
    return bounds;
  }
}
