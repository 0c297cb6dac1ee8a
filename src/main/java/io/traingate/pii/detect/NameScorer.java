package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned second opinion on the rules' PERSON spans, for names in contexts no rule knows: a
 * logistic regression over each word's {@link NameFeatures}, trained on the labeled corpora by
 * {@code io.traingate.pii.eval.TrainNameModel}. It drops a rule's span whose words all score low
 * (a firm after a role's label: "Beneficiary: Dunmore Textiles Ltd"), and adds a span over words
 * the rules missed that score high (a Tamil given name before the respectful "avargalai": "… சுரேஷ்
 * அவர்களை அழைக்கவும்"). Only words that may be names are scored (see
 * {@link NameFeatures#isScored}); a text with none costs a test of each word's flags.
 *
 * <p>The model is a resource: a header (format, table size, weight scale, the two thresholds) and
 * one signed byte per weight of the table, gzipped, as Base64 text, which the build copies through
 * its resource filter unchanged (no "$" nor "@" in it).
 */
public final class NameScorer implements PersonReview {

  private static final String RESOURCE = "/io/traingate/pii/person-model.b64";
  /** "TGNM": a traingate name model. */
  private static final int MAGIC = 0x54474e4d;
  private static final int VERSION = 1;
  private static final int MAX_WEIGHT = Byte.MAX_VALUE;
  private static final int LINE_LENGTH = 76;

  /** One weight per table slot, in units of the model's scale; null for the rules alone. */
  private final byte[] weights;
  /** The sum of a word's weights at or above which it is a name that no rule need have found. */
  private final float addSum;
  /** The sum below which a word is no name: a rule's span whose words are all below it is dropped. */
  private final float keepSum;

  private NameScorer(byte[] weights, float scale, float addThreshold, float dropThreshold) {
    this.weights = weights;
    this.addSum = weightSum(addThreshold, scale);
    this.keepSum = weightSum(dropThreshold, scale);
  }

  /** The model the redactor ships, read once. */
  public static NameScorer standard() {
    return Standard.SCORER;
  }

  /** A scorer that keeps the rules' spans as they are: the redactor without its model, to compare with. */
  public static NameScorer rulesAlone() {
    return new NameScorer(null, 1, 1, 0);
  }

  private static final class Standard {
    static final NameScorer SCORER = load();

    private static NameScorer load() {
      try (InputStream in = NameScorer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the name model is missing from the build");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the name model", e);
      }
    }
  }

  /** The sum of weights, in units of {@code scale}, whose logistic is {@code probability}: no exp per word. */
  private static float weightSum(float probability, float scale) {
    if (probability <= 0) {
      return Float.NEGATIVE_INFINITY;
    }
    return probability >= 1 ? Float.POSITIVE_INFINITY : (float) (Math.log(probability / (1 - probability)) / scale);
  }

  /** Bytes held in memory by the model's table. */
  int tableSize() {
    return weights == null ? 0 : weights.length;
  }

  @Override
  public void review(ScannedText text, List<Span> out, int firstPerson) {
    if (weights == null) {
      return;
    }
    Tokens tokens = text.tokens();
    int firstAddable = NameFeatures.nextAddable(tokens, 0);
    if (firstPerson == out.size() && firstAddable < 0) {
      return; // the rules found no name, and no word may be one: most texts
    }
    NameFeatures features = text.nameFeatures();
    features.markCover(tokens, out);
    dropUnlikely(tokens, features, out, firstPerson);
    addLikely(tokens, features, out, firstPerson, firstAddable);
  }

  /**
   * Removes the rules' PERSON spans none of whose words reaches the drop threshold, unless the
   * span starts or ends inside a word ("Zeynep'in", "Ren-kun": the rule read more than the model's
   * whole words show) or one of its words is in a span the model keeps (a chat's speaker named again).
   */
  private void dropUnlikely(Tokens tokens, NameFeatures features, List<Span> out, int firstPerson) {
    boolean[] likely = new boolean[out.size() - firstPerson];
    boolean doubted = false;
    for (int i = firstPerson; i < out.size(); i++) {
      Span span = out.get(i);
      likely[i - firstPerson] = span.type() == EntityType.PERSON && isLikely(tokens, features, span);
      doubted |= span.type() == EntityType.PERSON && !likely[i - firstPerson] && isWholeWords(tokens, span);
    }
    if (!doubted) {
      return;
    }
    Map<Long, List<Integer>> likelyByWord = likelyStartsByWord(tokens, out, firstPerson, likely);
    int kept = firstPerson;
    for (int i = firstPerson; i < out.size(); i++) {
      Span span = out.get(i);
      if (span.type() != EntityType.PERSON || !isWholeWords(tokens, span) || likely[i - firstPerson]
          || isNamedElsewhere(tokens, likelyByWord, span)) {
        out.set(kept++, span);
      }
    }
    if (kept < out.size()) {
      out.subList(kept, out.size()).clear();
    }
  }

  /** True if a word of {@code span} reaches the drop threshold. */
  private boolean isLikely(Tokens tokens, NameFeatures features, Span span) {
    for (int t = NameFeatures.firstOverlapping(tokens, span.start()); t < tokens.count() && tokens.start(t) < span.end(); t++) {
      if (features.sum(weights, tokens, t) >= keepSum) {
        return true;
      }
    }
    return false;
  }

  /** True if the span starts at a word's start and ends at a word's end. */
  private static boolean isWholeWords(Tokens tokens, Span span) {
    return TokenSearch.startingAt(tokens, span.start()) >= 0 && TokenSearch.endingAt(tokens, span.end()) >= 0;
  }

  /** True if another of the rules' PERSON spans that the model deems likely holds the first word of {@code span}. */
  private static boolean isNamedElsewhere(Tokens tokens, Map<Long, List<Integer>> likelyByWord, Span span) {
    for (int start : likelyByWord.getOrDefault(tokens.key(NameFeatures.firstOverlapping(tokens, span.start())), List.of())) {
      if (start != span.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The starts of the rules' PERSON spans from {@code firstPerson} on that the model deems likely
   * ({@code likely}, by their place), by each word they hold: read once, as asking every span for each unlikely one would cost a text
   * of many names the square of their number.
   */
  private static Map<Long, List<Integer>> likelyStartsByWord(Tokens tokens, List<Span> out, int firstPerson, boolean[] likely) {
    Map<Long, List<Integer>> likelyByWord = new HashMap<>();
    for (int i = firstPerson; i < out.size(); i++) {
      Span span = out.get(i);
      if (likely[i - firstPerson]) {
        for (int t = NameFeatures.firstOverlapping(tokens, span.start()); t < tokens.count() && tokens.start(t) < span.end(); t++) {
          likelyByWord.computeIfAbsent(tokens.key(t), word -> new ArrayList<>()).add(span.start());
        }
      }
    }
    return likelyByWord;
  }

  /**
   * Adds a PERSON span over each run of words that no rule's span covers, joined by spaces, that
   * reach the drop threshold and of which one reaches the add threshold: "maria santos" where
   * "maria" is likely and "santos" only plausible. A run next to a rule's span is added with it,
   * so that "Maria" found by a rule and "santos" by the model are one name.
   */
  private void addLikely(Tokens tokens, NameFeatures features, List<Span> out, int firstPerson, int firstAddable) {
    int count = tokens.count();
    for (int t = firstAddable; t >= 0; t = NameFeatures.nextAddable(tokens, t + 1)) {
      if (!isPlausible(tokens, features, t)) {
        continue;
      }
      int first = t;
      boolean likely = features.sum(weights, tokens, t) >= addSum;
      while (t + 1 < count && joinsName(tokens, t + 1) && isPlausible(tokens, features, t + 1)) {
        t++;
        likely = likely || features.sum(weights, tokens, t) >= addSum;
      }
      if (!likely) {
        continue;
      }
      int start = tokens.start(first);
      int end = tokens.end(t);
      if (first > 0 && joinsName(tokens, first)) {
        start = ruleSpanEdge(out, firstPerson, tokens.end(first - 1), false, start);
      }
      if (t + 1 < count && joinsName(tokens, t + 1)) {
        end = ruleSpanEdge(out, firstPerson, tokens.start(t + 1), true, end);
      }
      out.add(new Span(EntityType.PERSON, start, end));
    }
  }

  /** True if no rule's span covers token {@code t} and it reaches the drop threshold: it may be part of a name. */
  private boolean isPlausible(Tokens tokens, NameFeatures features, int t) {
    return (features.cover(t) & NameFeatures.PERSON_BIT) == 0 && NameFeatures.mayBeAdded(tokens, t)
        && features.sum(weights, tokens, t) >= keepSum;
  }

  /** True if the gap before token {@code t} may stand inside a name: a space, or the full stop of an initial ("J. Smith"). */
  private static boolean joinsName(Tokens tokens, int t) {
    return tokens.gapIs(t, " ") || tokens.gapIs(t, ". ") && tokens.length(t - 1) == 1;
  }

  /**
   * The end of a kept rule's PERSON span that starts at {@code at}, if {@code fromStart}, else the
   * start of one that ends at {@code at}; {@code otherwise} if there is none.
   */
  private static int ruleSpanEdge(List<Span> out, int firstPerson, int at, boolean fromStart, int otherwise) {
    for (int i = firstPerson; i < out.size(); i++) {
      Span span = out.get(i);
      if (span.type() == EntityType.PERSON && (fromStart ? span.start() : span.end()) == at) {
        return fromStart ? span.end() : span.start();
      }
    }
    return otherwise;
  }

  /** Reads a model that {@link #write} wrote. */
  public static NameScorer read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(Base64.getMimeDecoder().wrap(in)));
    if (data.readInt() != MAGIC || data.readInt() != VERSION || data.readInt() != NameFeatures.TABLE_BITS) {
      throw new IOException("not a name model of this version and table size");
    }
    float scale = data.readFloat();
    float addThreshold = data.readFloat();
    float dropThreshold = data.readFloat();
    byte[] weights = new byte[NameFeatures.TABLE_SIZE];
    data.readFully(weights);
    return new NameScorer(weights, scale, addThreshold, dropThreshold);
  }

  /**
   * Writes a model of {@code weights} (one per table slot, as trained) and its two thresholds,
   * each weight rounded to a byte of a common scale: the same weights and thresholds always give the same bytes.
   * Closes {@code out}.
   */
  public static void write(double[] weights, float addThreshold, float dropThreshold, OutputStream out) throws IOException {
    if (weights.length != NameFeatures.TABLE_SIZE) {
      throw new IllegalArgumentException("a name model has " + NameFeatures.TABLE_SIZE + " weights");
    }
    double largest = 0;
    for (double weight : weights) {
      largest = Math.max(largest, Math.abs(weight));
    }
    float scale = (float) (largest > 0 ? largest / MAX_WEIGHT : 1);
    GZIPOutputStream zipped = new GZIPOutputStream(Base64.getMimeEncoder(LINE_LENGTH, new byte[] {'\n'}).wrap(out));
    DataOutputStream data = new DataOutputStream(zipped);
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(NameFeatures.TABLE_BITS);
    data.writeFloat(scale);
    data.writeFloat(addThreshold);
    data.writeFloat(dropThreshold);
    for (double weight : weights) {
      data.writeByte((int) Math.round(weight / scale));
    }
    data.close();
  }
}
