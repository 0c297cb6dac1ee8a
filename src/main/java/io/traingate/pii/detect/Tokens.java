package io.traingate.pii.detect;

import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * The words and numbers of a text, each with its lexicon flags and its shape, computed once per
 * text and shared by the detectors that reason about words (names, addresses, ID context).
 * A token is a run of letters, digits and combining marks, with inner apostrophes and hyphens.
 */
public final class Tokens {

  // Shape bits, above the lexicon's flag bits.
  /** A capital after a lower-case first letter: "nguSipho" (Zulu), "iPhone", "getName". */
  static final int INNER_CAPITAL = 1 << 20;
  /** Digits of another script than ASCII: "٠٥٦", "০১৯৯৪", "۰۹۱۲". */
  static final int OTHER_DIGITS = 1 << 21;
  /** At least {@link ProviderKeyDetector#MIN_TOKEN} chars: as long as a key. */
  static final int LONG = 1 << 22;
  /** Next to a {@code _ - . :} that is no part of it: chars that go on keys, addresses and numbers (v2.4, sk-…, 10:30). */
  static final int NEXT_TO_CODE_PUNCTUATION = 1 << 23;
  static final int CAPITALIZED = 1 << 24;
  static final int ALL_UPPER = 1 << 25;
  static final int ALL_LOWER = 1 << 26;
  static final int HAS_DIGIT = 1 << 27;
  static final int ALL_DIGITS = 1 << 28;
  /** Letters of a script without case: Han, kana, Hangul, Arabic, Hebrew, Thai … */
  static final int CASELESS = 1 << 29;
  /** Words that an inner apostrophe or hyphen joins: O'Brien, Jean-Luc, Haruto-kun. */
  static final int JOINED = 1 << 30;
  /** Words that hold a kana, Han or Hangul letter, alone or among others: 田中, Yamaguchiさん, SOHO现代城. */
  static final int HAS_CJK = 1 << 31;

  private static final int RECENT_WORDS = 1024;
  /** The bits of an index into {@link #wordBits}. */
  private static final int WORD_BIT_INDEX = 14;

  private String text;
  private int count;
  /** The flags of all tokens or-ed together: what the text holds at all. */
  private int anyFlags;
  /** Bit {@code c % 64} of each char that is in no token or joins words in one: see {@link #mayHold}. */
  private long punctuation;
  private int[] starts = new int[0];
  private int[] ends = starts;
  private int[] flags = starts;
  /** Each token's {@link WordTable#fnv} key. */
  private long[] hashes = new long[0];
  /** By a word's key: the key of the word seen last there (0 for none), and its flags. */
  private final long[] recentHashes = new long[RECENT_WORDS];
  private final int[] recentFlags = new int[RECENT_WORDS];
  /** Two bits of 16384 per word the text holds, by its key (a Bloom filter): see {@link #mayHoldAny}. */
  private final long[] wordBits = new long[(1 << WORD_BIT_INDEX) / 64];

  /**
   * Reads the tokens of {@code text}, whose chars are the first {@code n} of {@code chars},
   * replacing those read before: the arrays are kept from text to text. One pass: each token's
   * extent, its lexicon hash and its shape are computed as its chars are read, so a word costs
   * one look at each char and one probe of the lexicon.
   */
  void read(String text, char[] chars, int n, Lexicon lexicon) {
    this.text = text;
    count = 0;
    anyFlags = 0;
    punctuation = 0;
    Arrays.fill(wordBits, 0);
    // chat averages a token per five or six chars: sized so that the arrays rarely grow
    int capacity = n / 4 + 8;
    if (starts.length < capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      flags = new int[capacity];
      hashes = new long[capacity];
    }
    int i = 0;
    while (i < n) {
      char c = chars[i];
      int entry = entryOf(c);
      if (entry == 0) {
        punctuation |= 1L << c; // the shift takes c % 64
        i++;
        continue;
      }
      int start = i;
      long hash = WordTable.START;
      int kinds = 0;
      while (true) {
        hash = WordTable.addFolded(hash, (char) (entry >>> 16));
        kinds |= entry;
        i++;
        if (i >= n) {
          break;
        }
        c = chars[i];
        entry = entryOf(c);
        if (entry == 0) {
          if (!isJoiner(c) || !joinsWords(chars, n, i)) {
            break;
          }
          entry = (c << 16) | TOKEN | JOINER;
          punctuation |= 1L << c;
        }
      }
      // no listed word holds a digit, so numbers, codes and keys need no probe of the lexicon
      int listed = (kinds & DIGIT) == 0 ? flagsOf(hash, lexicon, chars, start, i, kinds) : 0;
      add(start, i, hash, listed | shape(chars[start], kinds) | surroundings(chars, n, start, i));
    }
  }

  /**
   * The lexicon's flags of the word with this {@link WordTable#fnv} key, from a small cache of
   * the words seen last: a chat's words repeat, and the cache stays in the CPU's nearest cache
   * where the lexicon's tables do not. It holds keys and flags, no text. The key is mixed for the
   * lexicon's table only on a miss: most words are hits. An unlisted word may still be made of
   * listed names: two family names joined by a hyphen ({@link Lexicon#flagsOfDoubleFamilyName}),
   * or one name written with tone marks ({@link Lexicon#flagsWithoutToneMarks}).
   */
  private int flagsOf(long hash, Lexicon lexicon, char[] chars, int start, int end, int kinds) {
    int slot = (int) (hash ^ hash >>> 32) & (RECENT_WORDS - 1);
    if (recentHashes[slot] != hash || hash == 0) {
      int listed = lexicon.flags(WordTable.finish(hash));
      if (listed == 0 && (kinds & JOINER) != 0) {
        listed = lexicon.flagsOfDoubleFamilyName(CharBuffer.wrap(chars, start, end - start));
      }
      if (listed == 0 && (kinds & (NON_ASCII | CJK_LETTER)) == NON_ASCII) {
        listed = lexicon.flagsWithoutToneMarks(CharBuffer.wrap(chars, start, end - start));
      }
      recentHashes[slot] = hash;
      recentFlags[slot] = listed;
    }
    return recentFlags[slot];
  }

  /** Forgets the text read. */
  void clear() {
    text = null;
    count = 0;
    anyFlags = 0;
    punctuation = 0;
  }

  /**
   * False if the text surely lacks {@code c}, an ASCII char that is neither letter nor digit.
   * The tokenizer notes each such char it passes in one bit of 64, so that a detector skips its
   * search of the text for punctuation that chat seldom holds: '@', '=', '>', '"'.
   */
  boolean mayHold(char c) {
    return (punctuation & 1L << c) != 0;
  }

  private void add(int start, int end, long hash, int tokenFlags) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      flags = Arrays.copyOf(flags, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = tokenFlags;
    anyFlags |= tokenFlags;
    hashes[count] = hash;
    long mixed = mixed(hash);
    setWordBit(firstWordBit(mixed));
    setWordBit(secondWordBit(mixed));
    count++;
  }

  /** A word key mixed so that its high bits pick {@link #wordBits}: FNV's own high bits are poorly mixed. */
  private static long mixed(long wordKey) {
    return wordKey * 0x9E3779B97F4A7C15L;
  }

  private static int firstWordBit(long mixed) {
    return (int) (mixed >>> (64 - WORD_BIT_INDEX));
  }

  private static int secondWordBit(long mixed) {
    return (int) (mixed >>> (64 - 2 * WORD_BIT_INDEX)) & ((1 << WORD_BIT_INDEX) - 1);
  }

  private void setWordBit(int bit) {
    wordBits[bit >>> 6] |= 1L << bit; // the shift takes bits 0-5 of bit
  }

  private boolean hasWordBit(int bit) {
    return (wordBits[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * False if the text surely holds none of the words of these {@link #keys}: a test of two bits per
   * word, so that a rule cued by rare words ("Signed-off-by", "ko") skips a text without them at
   * once instead of comparing every token.
   */
  boolean mayHoldAny(long[] wordKeys) {
    for (long wordKey : wordKeys) {
      long mixed = mixed(wordKey);
      if (hasWordBit(firstWordBit(mixed)) && hasWordBit(secondWordBit(mixed))) {
        return true;
      }
    }
    return false;
  }

  public int count() {
    return count;
  }

  /** True if any token has {@code flag}. */
  boolean anyHas(int flag) {
    return (anyFlags & flag) != 0;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  /** The token's lexicon flags and shape bits. */
  int flags(int token) {
    return flags[token];
  }

  boolean has(int token, int flag) {
    return token >= 0 && token < count && (flags[token] & flag) != 0;
  }

  /** The characters between token {@code token - 1} and token {@code token}. */
  String gapBefore(int token) {
    int from = gapStart(token);
    return text.substring(from, starts[token]);
  }

  String text() {
    return text;
  }

  /** True if the token's text equals {@code word}, ignoring case. */
  boolean is(int token, String word) {
    return token >= 0 && token < count && ends[token] - starts[token] == word.length()
        && text.regionMatches(true, starts[token], word, 0, word.length());
  }

  /** True if the token's text equals one of {@code words}, ignoring case. */
  boolean isAny(int token, String... words) {
    for (String word : words) {
      if (is(token, word)) {
        return true;
      }
    }
    return false;
  }

  /** The case-insensitive key of a word, to compare with tokens by {@link #is(int, long)}. */
  static long key(String word) {
    return WordTable.fnv(word);
  }

  /** The keys of the space-separated {@code words}. */
  static long[] keys(String words) {
    return Arrays.stream(words.split(" ")).mapToLong(Tokens::key).toArray();
  }

  /** The token's {@link #key}: two tokens that are one word in any case have the same. */
  long key(int token) {
    return hashes[token];
  }

  /** True if the token is the word of this {@link #key}, ignoring case: one comparison, for loops over every token. */
  boolean is(int token, long wordKey) {
    return token >= 0 && token < count && hashes[token] == wordKey;
  }

  /** True if the token is one of the words of these {@link #keys}, ignoring case. */
  boolean isAny(int token, long[] wordKeys) {
    if (token < 0 || token >= count) {
      return false;
    }
    long hash = hashes[token]; // read once: rules ask this in loops over every token
    for (long wordKey : wordKeys) {
      if (hash == wordKey) {
        return true;
      }
    }
    return false;
  }

  /** Where the gap before {@code token} starts: the end of the token before, or up to 8 chars back for the first. */
  private int gapStart(int token) {
    return token == 0 ? Math.max(0, starts[0] - 8) : ends[token - 1];
  }

  /** True if {@code c} is among the characters between token {@code token - 1} and token {@code token}. */
  boolean gapHolds(int token, char c) {
    int from = gapStart(token);
    for (int i = from; i < starts[token]; i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** True if one of {@code chars} is among the characters between token {@code token - 1} and token {@code token}. */
  boolean gapHoldsAny(int token, String chars) {
    int from = gapStart(token);
    for (int i = from; i < starts[token]; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True if the characters between token {@code token - 1} and token {@code token} are {@code gap}. */
  boolean gapIs(int token, String gap) {
    int from = gapStart(token);
    return starts[token] - from == gap.length() && text.startsWith(gap, from);
  }

  /** True if the token is the s of "'s" (possessive or "is"), which the tokenizer splits off: "Mark's", "it’s". */
  boolean isApostropheS(int token) {
    return is(token, "s") && (gapIs(token, "'") || gapIs(token, "\u2019"));
  }

  int length(int token) {
    return ends[token] - starts[token];
  }

  // What a token's chars are, gathered while reading it.
  private static final int DIGIT = 1;
  private static final int LETTER = 1 << 1;
  private static final int UPPER = 1 << 2;
  private static final int LOWER = 1 << 3;
  private static final int JOINER = 1 << 5;
  private static final int CJK_LETTER = 1 << 6;
  private static final int OTHER_DIGIT = 1 << 7;
  private static final int NON_ASCII = 1 << 8;

  /** Marks a token char in an {@link #entryOf} entry. */
  private static final int TOKEN = 1 << 4;
  private static final int[] ASCII_ENTRIES = asciiEntries();

  /** For a token char: its folded form (as the lexicon hashes it) in the high 16 bits, TOKEN and its kinds; 0 for any other char. */
  private static int entryOf(char c) {
    return c < 128 ? ASCII_ENTRIES[c] : entry(c);
  }

  private static int entry(char c) {
    return isTokenChar(c) ? WordTable.fold(c) << 16 | TOKEN | kindOf(c) | (c < 128 ? 0 : NON_ASCII) : 0;
  }

  private static int[] asciiEntries() {
    int[] entries = new int[128];
    for (char c = 0; c < 128; c++) {
      entries[c] = entry(c);
    }
    return entries;
  }

  private static int kindOf(char c) {
    if (c < 128) { // the common case, without Character's table lookups
      return Chars.isDigit(c) ? DIGIT : Chars.isUpper(c) ? LETTER | UPPER : Chars.isLower(c) ? LETTER | LOWER : 0;
    }
    if (Character.isDigit(c)) {
      return DIGIT | OTHER_DIGIT;
    }
    if (Character.isLetter(c)) {
      int kind = LETTER | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0);
      return kind == LETTER && isCjk(c) ? LETTER | CJK_LETTER : kind;
    }
    return 0;
  }

  /** Kana, Han and Hangul: the scripts of Japanese, Chinese and Korean. */
  private static boolean isCjk(char c) {
    return c >= '\u3040' && c <= '\u30ff' || c >= '\u4e00' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af';
  }

  private static int shape(char first, int kinds) {
    int shape = 0;
    boolean upper = (kinds & UPPER) != 0;
    boolean lower = (kinds & LOWER) != 0;
    if (first < 128 ? Chars.isUpper(first) : Character.isUpperCase(first) || Character.isTitleCase(first)) {
      shape |= CAPITALIZED;
    } else if (upper && (first < 128 ? Chars.isLower(first) : Character.isLowerCase(first))) {
      shape |= INNER_CAPITAL;
    }
    if (upper && !lower) {
      shape |= ALL_UPPER;
    }
    if (lower && !upper) {
      shape |= ALL_LOWER;
    }
    if ((kinds & LETTER) != 0 && !upper && !lower) {
      shape |= CASELESS;
    }
    if ((kinds & CJK_LETTER) != 0) {
      shape |= HAS_CJK;
    }
    if ((kinds & JOINER) != 0) {
      shape |= JOINED;
    }
    if ((kinds & OTHER_DIGIT) != 0) {
      shape |= OTHER_DIGITS;
    }
    if ((kinds & DIGIT) != 0) {
      shape |= HAS_DIGIT;
      if ((kinds & LETTER) == 0) {
        shape |= ALL_DIGITS;
      }
    }
    return shape;
  }

  private static int surroundings(char[] chars, int n, int start, int end) {
    int bits = end - start >= ProviderKeyDetector.MIN_TOKEN ? LONG : 0;
    if (start > 0 && isCodePunctuation(chars[start - 1]) || end < n && isCodePunctuation(chars[end])) {
      bits |= NEXT_TO_CODE_PUNCTUATION;
    }
    return bits;
  }

  private static boolean isCodePunctuation(char c) {
    return c == '.' || c == '-' || c == '_' || c == ':';
  }

  private static boolean isTokenChar(char c) {
    if (c < 128) {
      return Chars.isAsciiAlnum(c);
    }
    return Character.isDigit(c) || Chars.isLetterOrMark(c);
  }

  /** An apostrophe or hyphen: what can join two words into one token. */
  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }

  /** True if the joiner at {@code i} stands inside a word (O'Brien, Jean-Luc), but not before a possessive 's. */
  private static boolean joinsWords(char[] chars, int n, int i) {
    char c = chars[i];
    if (i + 1 >= n || !isTokenChar(chars[i + 1])) {
      return false;
    }
    boolean possessive = c != '-' && (chars[i + 1] == 's' || chars[i + 1] == 'S')
        && (i + 2 >= n || !isTokenChar(chars[i + 2]));
    return !possessive;
  }
}
