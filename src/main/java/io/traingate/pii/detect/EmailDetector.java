package io.traingate.pii.detect;

import com.google.common.net.InternetDomainName;
import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * E-mail addresses, including forms obfuscated for humans such as {@code dana at gmail dot com} or
 * {@code dana[at]example[dot]org}, also in other languages ({@code jc(arroba)gmail.com},
 * {@code mathilde (at) orange (point) fr}). The address must end in a real top-level domain (Guava's copy of
 * the public suffix list), which is what separates {@code a@b.com} from {@code a@b.c}.
 */
public final class EmailDetector implements Detector {

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_LABEL = 63;
  private static final long AT = Tokens.key("at");
  /** "at" spelled as a word: English, Spanish and Portuguese "arroba", German "ät". */
  private static final long[] AT_WORDS = Tokens.keys("at arroba ät");
  /** "dot" spelled as a word: English, French "point", Spanish and Italian "punto", Portuguese "ponto", German "punkt". */
  private static final List<String> DOT_WORDS = List.of("dot", "point", "punto", "ponto", "punkt");
  /**
   * Labels that the public suffix list holds, in lower case, as confirmed so far: Guava parses a
   * name for each lookup, and the few top-level domains that end addresses recur. Only suffixes
   * are kept, so it holds nothing of the text's own and can grow no larger than the list.
   */
  private static final Set<String> PUBLIC_SUFFIXES_SEEN = ConcurrentHashMap.newKeySet();

  @Override
  public void detect(ScannedText text, List<Span> out) {
    if (text.tokens().mayHold('@')) {
      findPlainAt(text.text(), out);
    }
    findSpelledAt(text.text(), text.tokens(), out);
  }

  private static void findPlainAt(String text, List<Span> out) {
    int at = text.indexOf('@');
    while (at >= 0) {
      int next = at + 1;
      int localStart = localPartStart(text, at);
      if (localStart < at && !isUrlCredential(text, at)) {
        int end = domainEnd(text, at + 1);
        if (end > 0) {
          out.add(new Span(EntityType.EMAIL, localStart, end));
          next = end;
        }
      }
      at = text.indexOf('@', next);
    }
  }

  /** Finds {@code at} written as a word, {@code [at]}, {@code (at)}, {@code (arroba)} and the like. */
  private static void findSpelledAt(String text, Tokens tokens, List<Span> out) {
    int n = text.length();
    int resume = 1;
    for (int t = TokenSearch.nextWord(tokens, AT_WORDS, 0); t >= 0; t = TokenSearch.nextWord(tokens, AT_WORDS, t + 1)) {
      int i = tokens.start(t);
      int wordEnd = tokens.end(t);
      if (i < resume || wordEnd >= n) {
        continue;
      }
      char before = text.charAt(i - 1);
      char after = text.charAt(wordEnd);
      int localEnd;
      int domainStart;
      if (isOpenBracket(before) && after == closing(before)) {
        localEnd = skipSpacesBack(text, i - 1);
        domainStart = skipSpaces(text, wordEnd + 1);
      } else if (before == ' ' && after == ' ' && !(tokens.is(t, AT) && isPlaceAt(tokens, t))) {
        localEnd = i - 1;
        domainStart = wordEnd + 1;
      } else {
        continue;
      }
      if (!hasSecondLabel(text, domainStart)) {
        continue; // "at home", "at the office": ruled out before the local part is read
      }
      int localStart = localPartStart(text, localEnd);
      if (localStart >= localEnd) {
        continue;
      }
      localStart = withSpelledDots(text, localStart);
      int end = domainEnd(text, domainStart);
      if (end > 0) {
        out.add(new Span(EntityType.EMAIL, localStart, end));
        resume = end;
      }
    }
  }

  /**
   * True if the plain "at" of token {@code at} says where, before a web address: "file at
   * identitytheft.gov", "pay £1.99 at royalmail-redelivery.info". People who hide an address spell
   * its dots as well, write "AT" in capitals ("npilla AT yandex.ru"), or the word before is a
   * mailbox's: a name ("kim at corp.example.com") or a handle with a dot, underscore or digit.
   */
  private static boolean isPlaceAt(Tokens tokens, int at) {
    String text = tokens.text();
    int start = tokens.start(at);
    int labelEnd = labelEnd(text, start + 3);
    if (text.charAt(start) != 'a' || labelEnd >= text.length() || text.charAt(labelEnd) != '.') {
      return false;
    }
    int localStart = localPartStart(text, start - 1);
    return at == 0 || !tokens.has(at - 1, Lexicon.FIRST_NAME | Lexicon.LAST_NAME) && !isHandle(text, localStart, start - 1);
  }

  /** True if the local part mixes letters with a dot, an underscore or digits: "j.doe", "kim_l", "oksana50". */
  private static boolean isHandle(String text, int from, int to) {
    boolean letter = false;
    boolean other = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      letter |= Character.isLetter(c);
      other |= c == '.' || c == '_' || Chars.isDigit(c);
    }
    return letter && other;
  }

  /**
   * Start of the local part that ends at {@code end}, or {@code end} if there is none. It starts
   * where a letter of a script without spaces gives way to ASCII: "メールはk.suzuki@…", and after
   * the quotes of code and SQL: 'ann.lee@gmail.com'.
   */
  private static int localPartStart(String text, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))
        && !(start < end && text.charAt(start) < 128 && Chars.isUnspacedScript(text.charAt(start - 1)))) {
      start--;
    }
    while (start < end && (text.charAt(start) == '.' || text.charAt(start) == '\'')) {
      start++; // an apostrophe inside a local part is one (o'brien@…), at its start a quote: 'ann.lee@gmail.com'
    }
    return start;
  }

  /** The most parts a spelled local part is read back over: "jo dot anne dot smith". */
  private static final int MAX_SPELLED_LOCAL_PARTS = 4;

  /** Start of a local part whose dots are spelled as the domain's are ("john dot smith at …"), given its last part's start. */
  private static int withSpelledDots(String text, int lastPartStart) {
    int start = lastPartStart;
    for (int parts = 1; parts < MAX_SPELLED_LOCAL_PARTS; parts++) {
      int dotStart = spelledDotStart(text, start);
      int partStart = dotStart < 0 ? -1 : localPartStart(text, dotStart);
      boolean spelledAt = dotStart - partStart == 2 && text.regionMatches(true, partStart, "at", 0, 2);
      if (partStart < 0 || partStart == dotStart || spelledAt) {
        return start;
      }
      start = partStart;
    }
    return start;
  }

  /** True if {@code c} may open one of the {@link #DOT_WORDS}: all start with d or p. */
  private static boolean opensDotWord(char c) {
    char lower = (char) (c | 0x20);
    return lower == 'd' || lower == 'p';
  }

  /** Where the dot spelled right before {@code end} starts, its spaces excluded: " dot ", " [dot] ", "(dot)"; or -1. */
  private static int spelledDotStart(String text, int end) {
    int p = skipSpacesBack(text, end);
    for (String dot : DOT_WORDS) {
      int word = p - 1 - dot.length();
      if (word >= 1 && isOpenBracket(text.charAt(word - 1)) && text.charAt(p - 1) == closing(text.charAt(word - 1))
          && text.regionMatches(true, word, dot, 0, dot.length())) {
        return skipSpacesBack(text, word - 1);
      }
      word = p - dot.length();
      if (p < end && word >= 1 && text.charAt(word - 1) == ' ' && text.regionMatches(true, word, dot, 0, dot.length())) {
        return skipSpacesBack(text, word - 1);
      }
    }
    return -1;
  }

  /** {@code https://user:pass@host}: the part before @ is a credential, not a mailbox. */
  private static boolean isUrlCredential(String text, int at) {
    int tokenStart = at;
    while (tokenStart > 0 && at - tokenStart < 4 * MAX_LOCAL && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    for (int i = tokenStart; i + 3 <= at; i++) {
      if (text.charAt(i) == ':' && text.startsWith("://", i)) {
        return true;
      }
    }
    return false;
  }

  /** True if a dot follows the first label of the domain from {@code start}, as in every domain that {@link #domainEnd} accepts. */
  private static boolean hasSecondLabel(String text, int start) {
    int labelEnd = labelEnd(text, start);
    return labelEnd > start && dotEnd(text, labelEnd) >= 0;
  }

  /**
   * End of the domain starting at {@code start}, or -1: its last label, or failing that one of
   * the two before it ({@code x@host.com.internal}), must be a public top-level domain. Only
   * those three labels are looked up, so a long run of labels costs no more than a short one.
   */
  private static int domainEnd(String text, int start) {
    int n = text.length();
    int pos = start;
    int[] labelStarts = new int[3];
    int[] labelEnds = new int[3];
    int labels = 0;
    while (pos < n && pos - start <= MAX_DOMAIN) {
      int labelEnd = labelEnd(text, pos);
      if (labelEnd == pos) {
        break;
      }
      labelStarts[labels % 3] = pos;
      labelEnds[labels % 3] = labelEnd;
      labels++;
      int afterDot = dotEnd(text, labelEnd);
      if (afterDot < 0) {
        break;
      }
      pos = afterDot;
    }
    for (int back = 1; back <= Math.min(3, labels - 1); back++) {
      int slot = (labels - back) % 3;
      if (isTopLevelDomain(text, labelStarts[slot], labelEnds[slot])) {
        return labelEnds[slot];
      }
    }
    return -1;
  }

  /** End of the domain label from {@code start}; an ASCII label ends where a letter of a script without spaces follows ("samsung.com로"). */
  private static int labelEnd(String text, int start) {
    int i = start;
    int n = text.length();
    while (i < n && i - start < MAX_LABEL && (Chars.isWordChar(text.charAt(i)) && text.charAt(i) != '_' || i > start && text.charAt(i) == '-')
        && !(i > start && text.charAt(i - 1) < 128 && Chars.isUnspacedScript(text.charAt(i)))) {
      i++;
    }
    while (i > start && text.charAt(i - 1) == '-') {
      i--;
    }
    return i;
  }

  /** Position after a dot written as {@code .}, {@code dot}, {@code [dot]} or {@code (dot)} (or a {@link #DOT_WORDS} word), or -1. */
  private static int dotEnd(String text, int pos) {
    int n = text.length();
    if (pos + 1 < n && text.charAt(pos) == '.' && Chars.isWordChar(text.charAt(pos + 1))) {
      return pos + 1;
    }
    int p = skipSpaces(text, pos);
    int word = p < n && isOpenBracket(text.charAt(p)) ? p + 1 : p;
    if (word >= n || !opensDotWord(text.charAt(word))) {
      return -1; // most words after an "at" are no dot
    }
    for (String dot : DOT_WORDS) {
      int close = p + 1 + dot.length();
      if (close < n && isOpenBracket(text.charAt(p))
          && text.regionMatches(true, p + 1, dot, 0, dot.length()) && text.charAt(close) == closing(text.charAt(p))) {
        return skipSpaces(text, close + 1);
      }
      if (p > pos && p + dot.length() < n && text.regionMatches(true, p, dot, 0, dot.length()) && text.charAt(p + dot.length()) == ' ') {
        return skipSpaces(text, p + dot.length() + 1);
      }
    }
    return -1;
  }

  private static boolean isTopLevelDomain(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Chars.isAsciiLetter(text.charAt(i))) {
        return false;
      }
    }
    return isPublicSuffix(text.substring(start, end));
  }

  /** True if the public suffix list holds {@code label}, a run of ASCII letters. */
  private static boolean isPublicSuffix(String label) {
    String lowerCase = label.toLowerCase(Locale.ROOT); // no copy when already lower case
    if (PUBLIC_SUFFIXES_SEEN.contains(lowerCase)) {
      return true;
    }
    boolean listed = InternetDomainName.isValid(lowerCase) && InternetDomainName.from(lowerCase).isPublicSuffix();
    if (listed) {
      PUBLIC_SUFFIXES_SEEN.add(lowerCase);
    }
    return listed;
  }

  private static boolean isLocalChar(char c) {
    return Chars.isWordChar(c) || c == '.' || c == '%' || c == '+' || c == '-' || c == '\'';
  }

  private static boolean isOpenBracket(char c) {
    return c == '[' || c == '(' || c == '{' || c == '<';
  }

  private static char closing(char open) {
    return switch (open) {
      case '[' -> ']';
      case '(' -> ')';
      case '{' -> '}';
      default -> '>';
    };
  }

  private static int skipSpaces(String text, int pos) {
    int i = pos;
    while (i < text.length() && i - pos < 2 && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int skipSpacesBack(String text, int pos) {
    int i = pos;
    while (i > 0 && pos - i < 2 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
