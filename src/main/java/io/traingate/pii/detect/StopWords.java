package io.traingate.pii.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * The function words of many languages, from Lucene's stop word lists (Snowball's and its
 * analyzers'): articles, pronouns, prepositions, conjunctions ("ada", "jos", "sem", "nella", "bij").
 * Name lists hold some of them as names (Ada, Jos, Nella), so a name that is one needs more than a
 * capital at a sentence's start, or a second listed word in lower case.
 */
final class StopWords {
  private StopWords() {}

  private static final String LUCENE = "org/apache/lucene/analysis/";
  private static final List<String> LISTS = List.of(
      "snowball/danish_stop.txt", "snowball/dutch_stop.txt", "snowball/finnish_stop.txt", "snowball/french_stop.txt",
      "snowball/german_stop.txt", "snowball/hungarian_stop.txt", "snowball/indonesian_stop.txt", "snowball/italian_stop.txt",
      "snowball/norwegian_stop.txt", "snowball/portuguese_stop.txt", "snowball/russian_stop.txt", "snowball/spanish_stop.txt",
      "snowball/swedish_stop.txt", "ar/stopwords.txt", "bg/stopwords.txt", "ca/stopwords.txt", "cz/stopwords.txt",
      "el/stopwords.txt", "fa/stopwords.txt", "gl/stopwords.txt", "hi/stopwords.txt", "id/stopwords.txt",
      "lt/stopwords.txt", "lv/stopwords.txt", "ro/stopwords.txt", "tr/stopwords.txt");

  /** The words' {@link Tokens#key}s, sorted: a binary search per asked token, asked only of name candidates. */
  private static final long[] KEYS = load();

  /** True if token {@code t} is a function word of one of the languages. */
  static boolean holds(Tokens tokens, int t) {
    return t >= 0 && t < tokens.count() && Arrays.binarySearch(KEYS, tokens.key(t)) >= 0;
  }

  private static long[] load() {
    LongStream.Builder keys = LongStream.builder();
    for (String list : LISTS) {
      try (InputStream in = StopWords.class.getClassLoader().getResourceAsStream(LUCENE + list)) {
        if (in == null) {
          throw new IllegalStateException("stop word list missing from the class path: " + list);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          addWords(line, keys);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return keys.build().sorted().distinct().toArray();
  }

  /** Snowball's lists comment after a '|', the others on lines that open with '#'. */
  private static void addWords(String line, LongStream.Builder keys) {
    int comment = line.indexOf('|');
    String words = (comment >= 0 ? line.substring(0, comment) : line).strip();
    if (words.isEmpty() || words.startsWith("#")) {
      return;
    }
    for (String word : words.split("\\s+")) {
      keys.add(Tokens.key(word.toLowerCase(Locale.ROOT)));
    }
  }
}
