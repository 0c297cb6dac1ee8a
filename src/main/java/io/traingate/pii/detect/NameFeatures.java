package io.traingate.pii.detect;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link NameScorer}'s model reads of a word to tell whether it is part of a person's name:
 * its lexicon flags and shape, those of the two words on each side, the neighbours' words and its
 * own, its first and last letters, the chars between it and its neighbours, its script, and
 * which of the detectors' candidate spans cover it and its neighbours ("Jan" before a number
 * that the phone detector took is a name, not a month). Each feature is the index of a weight in a
 * hashed table, computed from the tokens' flags, keys and chars: no String, no boxing, no regex.
 * Training ({@link NameExamples}) and scoring read a word through this one class.
 *
 * <p>An instance holds the marks of one text's tokens; each scan has its own ({@link ScannedText#nameFeatures}).
 */
final class NameFeatures {

  /** The model's table holds 2^TABLE_BITS weights. */
  static final int TABLE_BITS = 18;
  static final int TABLE_SIZE = 1 << TABLE_BITS;
  /** No word has more features than this: flags, 4 neighbours' flags, and about 20 others. */
  static final int MAX_FEATURES = 5 * 32 + 32;

  /** The bit of a rule's PERSON span in a token's {@link #cover}. */
  static final int PERSON_BIT = 1 << EntityType.PERSON.ordinal();

  /** Words that may be names without a rule's span: listed names in any case and capitalised words. */
  private static final int LISTED_NAME = Lexicon.FIRST_NAME | Lexicon.LAST_NAME;
  private static final int MAY_BE_NAME = LISTED_NAME | Tokens.CAPITALIZED;
  /** Lower-case everyday words, which the name lists also hold ("see", "green"), are no name without a rule's span. */
  private static final int EVERYDAY_LOWER_CASE = Tokens.ALL_LOWER | Lexicon.COMMON_WORD;
  /** Words that are no name without a rule's span: numbers and codes, function words ("I", "The"), unspaced Han and kana. */
  private static final int NEVER_NAME = Tokens.HAS_DIGIT | Tokens.HAS_CJK | Lexicon.FUNCTION_WORD;

  private static final int NEIGHBOURS = 2;
  private static final int GAP_CHARS = 3;
  private static final int MAX_LENGTH = 12;
  private static final int SUFFIX_CHARS = 3;
  private static final int PREFIX_CHARS = 2;

  // Kinds of feature; a neighbour's kind also holds its offset.
  private static final int BIAS = 1;
  private static final int FLAG = 2;
  private static final int WORD = 3;
  private static final int COVER = 4;
  private static final int EDGE = 5;
  private static final int COVER_AND_CASE = 6;
  private static final int GAP_BEFORE = 7;
  private static final int GAP_AFTER = 8;
  private static final int LENGTH = 9;
  private static final int SCRIPT = 10;
  private static final int SUFFIX = 11;
  private static final int PREFIX = 12;
  private static final int WORD_AND_CASE = 13;
  private static final int CLASS_AT_START = 14;
  private static final int WORD_AT_START = 15;
  private static final int NEIGHBOUR_WORDS = 16;

  /** The flags that tell a word's case: a capital means more inside a sentence than at its start. */
  private static final int CASE = Tokens.CAPITALIZED | Tokens.ALL_UPPER | Tokens.ALL_LOWER | Tokens.CASELESS;
  /** The lexicon's classes of a word that weigh most on whether it is a name. */
  private static final int WORD_CLASS = Lexicon.FIRST_NAME | Lexicon.LAST_NAME | Lexicon.COMMON_WORD | Lexicon.NAME_LIKE_WORD
      | Lexicon.FUNCTION_WORD | Lexicon.PLACE | Lexicon.NAME_VERB;

  /** The features of the word scored last. */
  private final int[] indices = new int[MAX_FEATURES];
  /** For each token of the text marked, the bits (by type ordinal) of the candidate spans that overlap it. */
  private int[] cover = new int[0];
  /** Each token's {@link #sum}, once computed for the text marked: a word is asked about by several decisions. */
  private int[] sums = new int[0];
  private boolean[] summed = new boolean[0];

  /** Notes which of {@code candidates} overlap each token of {@code tokens}; {@link #cover} then reads it. */
  void markCover(Tokens tokens, List<Span> candidates) {
    int count = tokens.count();
    if (cover.length < count) {
      cover = new int[Math.max(count, 2 * cover.length)];
      sums = new int[cover.length];
      summed = new boolean[cover.length];
    }
    Arrays.fill(cover, 0, count, 0);
    Arrays.fill(summed, 0, count, false);
    for (int i = 0; i < candidates.size(); i++) {
      Span span = candidates.get(i);
      int bit = 1 << span.type().ordinal();
      for (int t = firstOverlapping(tokens, span.start()); t < count && tokens.start(t) < span.end(); t++) {
        cover[t] |= bit;
      }
    }
  }

  /** The first token that ends after char {@code at}: the first a span starting there overlaps. */
  static int firstOverlapping(Tokens tokens, int at) {
    int t = TokenSearch.firstStartingAfter(tokens, at);
    t = t < 0 ? tokens.count() : t;
    return t > 0 && tokens.end(t - 1) > at ? t - 1 : t;
  }

  /** The type bits of the candidates over token {@code t}, as of the last {@link #markCover}. */
  int cover(int t) {
    return cover[t];
  }

  /**
   * True if the scorer reads token {@code t}: a word in a rule's PERSON span, or one that {@link
   * #mayBeName may be a name} that no rule took.
   */
  boolean isScored(Tokens tokens, int t) {
    return (cover[t] & PERSON_BIT) != 0 || mayBeName(tokens, t);
  }

  /**
   * The first token from {@code from} on that {@link #mayBeAdded}, or -1: one loop, in which the
   * tokens' flags rule out most words. Not a skim for {@link #MAY_BE_NAME} first: chat's capitals
   * and listed everyday words ("chance") pass it, and leaving and entering a loop for each costs
   * more than the whole test.
   */
  static int nextAddable(Tokens tokens, int from) {
    if (!tokens.anyHas(MAY_BE_NAME)) {
      return -1;
    }
    for (int t = from; t < tokens.count(); t++) {
      if (mayBeAdded(tokens, t)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * True if the model may add token {@code t} as a name: a word that {@link #mayBeName may be one},
   * unless the lexicon lists it as an everyday word and no name list holds it ("Thanks", "Honestly"
   * opening a sentence). The model learns from those too, but adds none on the corpora, and they
   * open most sentences of chat: a text without any other candidate costs no review.
   */
  static boolean mayBeAdded(Tokens tokens, int t) {
    return (tokens.flags(t) & (Lexicon.COMMON_WORD | LISTED_NAME)) != Lexicon.COMMON_WORD && mayBeName(tokens, t);
  }

  /**
   * True if token {@code t} may be a name without any rule's span over it (a listed name, a
   * capitalised word), without digits and of a script that spaces its words ("田中さんに" is no one
   * word, and the rules segment it): a test of its flags, and of its first char's script. Latin words
   * in lower case or all capitals are left to the rules: the name lists hold many everyday words
   * ("chance", "look") and acronyms ("API"), which chat is full of.
   */
  private static boolean mayBeName(Tokens tokens, int t) {
    int flags = tokens.flags(t);
    if ((flags & MAY_BE_NAME) == 0 || (flags & NEVER_NAME) != 0 || (flags & EVERYDAY_LOWER_CASE) == EVERYDAY_LOWER_CASE) {
      return false;
    }
    char first = tokens.text().charAt(tokens.start(t));
    return first < 128 ? (flags & (Tokens.ALL_LOWER | Tokens.ALL_UPPER)) == 0 : !Chars.isUnspacedScript(first);
  }

  /** Writes the indices of token {@code t}'s features into {@code into}, from 0; returns their count. */
  int extract(Tokens tokens, int t, int[] into) {
    int n = 0;
    into[n++] = index(BIAS, 0);
    n = addFlags(FLAG, tokens.flags(t), into, n);
    for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      int u = t + d;
      if (u < 0 || u >= tokens.count()) {
        into[n++] = index(kind(EDGE, d), 0);
        continue;
      }
      if (d != 0) {
        n = addFlags(kind(FLAG, d), tokens.flags(u), into, n);
      }
      into[n++] = index(kind(WORD, d), tokens.key(u));
      into[n++] = index(kind(COVER, d), cover[u]);
    }
    int flags = tokens.flags(t);
    int wordCase = flags & CASE;
    into[n++] = index(COVER_AND_CASE, (long) cover[t] << 32 | wordCase);
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    int gapStart = t == 0 ? Math.max(0, start - GAP_CHARS) : tokens.end(t - 1);
    long atStart = startsSentence(text, gapStart, start) ? 1L << 32 : 0;
    into[n++] = index(CLASS_AT_START, atStart | flags & (WORD_CLASS | CASE));
    into[n++] = index(WORD_AT_START, atStart ^ tokens.key(t));
    if (t > 0) {
      into[n++] = index(kind(WORD_AND_CASE, -1), tokens.key(t - 1) * 31 + wordCase);
    }
    if (t + 1 < tokens.count()) {
      into[n++] = index(kind(WORD_AND_CASE, 1), tokens.key(t + 1) * 31 + wordCase);
      if (t > 0) {
        into[n++] = index(NEIGHBOUR_WORDS, tokens.key(t - 1) * 31 + tokens.key(t + 1));
      }
    }
    into[n++] = index(GAP_BEFORE, gapKey(text, Math.max(gapStart, start - GAP_CHARS), start));
    int gapEnd = t + 1 < tokens.count() ? tokens.start(t + 1) : text.length();
    into[n++] = index(GAP_AFTER, gapKey(text, end, Math.min(gapEnd, end + GAP_CHARS)));
    into[n++] = index(LENGTH, Math.min(end - start, MAX_LENGTH));
    into[n++] = index(SCRIPT, scriptOf(text.codePointAt(start)));
    into[n++] = index(SUFFIX, WordTable.fnv(text, Math.max(start, end - SUFFIX_CHARS), end));
    into[n++] = index(PREFIX, WordTable.fnv(text, start, Math.min(end, start + PREFIX_CHARS)));
    return n;
  }

  /** The sum of the weights of token {@code t}'s features in the model's table, computed once per token of the text marked. */
  int sum(byte[] weights, Tokens tokens, int t) {
    if (!summed[t]) {
      int n = extract(tokens, t, indices);
      int sum = 0;
      for (int i = 0; i < n; i++) {
        sum += weights[indices[i]];
      }
      sums[t] = sum;
      summed[t] = true;
    }
    return sums[t];
  }

  /** One feature per set bit of a token's flags. */
  private static int addFlags(int kind, int flags, int[] into, int n) {
    int[] indexOfBit = FLAG_INDICES[kind & FLAG_KINDS - 1];
    for (int bits = flags; bits != 0; bits &= bits - 1) {
      into[n++] = indexOfBit[Integer.numberOfTrailingZeros(bits)];
    }
    return n;
  }

  /** The kinds of flag feature: a word's own ({@link #FLAG}) and its neighbours' ({@code kind(FLAG, d)}), told apart by their low bits. */
  private static final int FLAG_KINDS = 8;
  /** {@code index(kind, bit)} of every flag feature: flags make most of a word's features, and these need no hashing. */
  private static final int[][] FLAG_INDICES = flagIndices();

  private static int[][] flagIndices() {
    int[][] indices = new int[FLAG_KINDS][];
    List<Integer> kinds = new ArrayList<>(List.of(FLAG));
    for (int d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      if (d != 0) {
        kinds.add(kind(FLAG, d));
      }
    }
    for (int kind : kinds) {
      if (indices[kind & FLAG_KINDS - 1] != null) {
        throw new IllegalStateException("two kinds of flag feature share a slot");
      }
      indices[kind & FLAG_KINDS - 1] = new int[Integer.SIZE];
      for (int bit = 0; bit < Integer.SIZE; bit++) {
        indices[kind & FLAG_KINDS - 1][bit] = index(kind, bit);
      }
    }
    return indices;
  }

  /** A kind of feature of the neighbour at offset {@code d}. */
  private static int kind(int kind, int d) {
    return kind << 3 | d + NEIGHBOURS;
  }

  /** The table index of feature {@code kind} with value {@code value}: a mix of both, its top bits. */
  static int index(int kind, long value) {
    return (int) (WordTable.finish(value * 0x9E3779B97F4A7C15L + kind) >>> (Long.SIZE - TABLE_BITS));
  }

  /** True if the chars before a word open a sentence: the text's start, a line break, or a full stop, "!" or "?" and a space. */
  private static boolean startsSentence(String text, int gapStart, int start) {
    if (gapStart == 0 && start <= GAP_CHARS) {
      return true;
    }
    for (int i = start - 1; i >= gapStart; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\u0964') {
        return true;
      }
    }
    return false;
  }

  /** The chars between two words, line breaks and other spaces each one kind: ". ", ",\n", " - ". */
  private static long gapKey(String text, int from, int to) {
    long key = WordTable.START;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      key = WordTable.addFolded(key, c == '\n' || c == '\r' ? '\n' : Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c);
    }
    return key;
  }

  /** The Unicode script of a word's first letter; Latin without a lookup, as most are. */
  private static int scriptOf(int codePoint) {
    return codePoint < 128 ? Character.UnicodeScript.LATIN.ordinal() : Character.UnicodeScript.of(codePoint).ordinal();
  }
}
