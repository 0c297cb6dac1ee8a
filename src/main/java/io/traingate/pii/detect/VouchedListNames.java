package io.traingate.pii.detect;

import io.traingate.pii.Span;
import java.util.List;

/**
 * The names of a list that its other names vouch for, with no heading to say what it lists:
 * "Shout-out to lorcan, D. Holloway, Piers Whitlock, Ulric Ingleby, K. Jessop, Flora", "back row
 * Kat, Big Sue, Shay, Ramona Fierro", "Sem Bakker, r. jansen, Tijn van den Berg, Saffron and Wout".
 * A list names things of one kind, so where most of its names (two at least) are a person's by
 * other evidence (a name found by another rule, a listed given name, an initial before a surname),
 * the others are too, listed or not. Lists of towns, brands or weekdays find no such evidence.
 */
final class VouchedListNames {

  private static final int MIN_NAMES = 3;
  private static final int MIN_VOUCHED = 2;

  private VouchedListNames() {}

  /** Adds a PERSON candidate for each name of each list in the tokens' text that its names vouch for. */
  static void find(Tokens tokens, List<Span> out) {
    String text = tokens.text();
    boolean otherScripts = tokens.anyHas(Tokens.CASELESS | Tokens.HAS_CJK); // the commas of Arabic, Ethiopic and CJK
    int[] starts = null;
    int[] ends = null;
    FoundPersons found = null; // made for the few texts with a list
    for (int c = 0; c < NameList.LIST_COMMAS.length(); c++) {
      char comma = NameList.LIST_COMMAS.charAt(c);
      if (comma < 128 ? !tokens.mayHold(comma) : !otherScripts) {
        continue;
      }
      int readUpTo = 0; // a list's commas are read once, with its first
      int before = 0; // the token before the comma: commas ascend, so the tokens are walked once, not searched per comma
      for (int i = text.indexOf(comma); i >= 0; i = text.indexOf(comma, i + 1)) {
        while (before < tokens.count() && tokens.end(before) < i) {
          before++;
        }
        if (i < readUpTo || before == tokens.count() || tokens.end(before) != i || !NameList.isNameWord(tokens, before, before)) {
          continue;
        }
        if (starts == null) {
          starts = new int[tokens.count()];
          ends = new int[tokens.count()];
        }
        // a script without case shows no start of the first name after a heading ("出席 赵娜、王晓燕", "ผู้เข้าร่วม นภา ศรีสุข,
        // ธนากร บุญมา"): there it has no more words than the longest of the others, read first
        boolean caseless = tokens.has(before, Tokens.CASELESS | Tokens.HAS_CJK);
        int first = caseless ? before : firstNameStart(tokens, before, NameList.MAX_WORDS);
        int names = NameList.read(tokens, first, starts, ends);
        if (names > 0) {
          readUpTo = tokens.end(ends[names - 1]);
        }
        if (caseless && names > 1) {
          first = firstNameStart(tokens, before, longestAfterFirst(starts, ends, names));
          starts[0] = first;
        }
        if (names >= MIN_NAMES && opensList(tokens, first)) {
          found = found == null ? new FoundPersons(out) : found;
          if (isVouchedFor(tokens, starts, ends, names, found)) {
            NameList.add(tokens, starts, ends, names, found);
          }
        }
      }
    }
  }

  /**
   * Where the list's first name, which ends at token {@code last} before its comma, starts: up to
   * {@code maxWords} words back, over words that may be a name's and are no everyday word
   * ("Yesterday Sem Bakker, …" lists Sem Bakker).
   */
  private static int firstNameStart(Tokens tokens, int last, int maxWords) {
    int first = last;
    while (first > 0 && last - first + 1 < maxWords && tokens.gapIs(first, " ") && NameList.isNameWord(tokens, first - 1, first - 1)
        && (!tokens.has(first - 1, Lexicon.COMMON_WORD | Lexicon.PLACE) || tokens.has(first - 1, Lexicon.FIRST_NAME | Lexicon.LAST_NAME))) {
      first--;
    }
    return first;
  }

  /** How many words the longest name after the first has. */
  private static int longestAfterFirst(int[] starts, int[] ends, int names) {
    int longest = 0;
    for (int i = 1; i < names; i++) {
      longest = Math.max(longest, ends[i] - starts[i] + 1);
    }
    return longest;
  }

  /**
   * True if the name at token {@code first} opens its list: no comma parts it from a value before it, which
   * the list would hold too ("Apartment 1204, Marina Heights Tower, Dubai Marina"), and no number stands
   * right before it, as a house number does before a street's name ("25 Lý Quốc Sư, Hoàn Kiếm, Hà Nội").
   */
  private static boolean opensList(Tokens tokens, int first) {
    return first == 0 || !tokens.gapHolds(first, ',') && !(tokens.gapIs(first, " ") && tokens.has(first - 1, Tokens.HAS_DIGIT));
  }

  /** True if at least {@link #MIN_VOUCHED} names, and half of them, are a person's by evidence of their own. */
  static boolean isVouchedFor(Tokens tokens, int[] starts, int[] ends, int names, FoundPersons found) {
    int vouched = 0;
    for (int i = 0; i < names; i++) {
      if (isPersonByItself(tokens, starts[i], ends[i], found)) {
        vouched++;
      }
    }
    return vouched >= MIN_VOUCHED && 2 * vouched >= names;
  }

  /**
   * A name found by another rule, a listed given name that is no everyday word or place, or an initial
   * before a surname. A listed name in lower case is not enough: "Вера, надежда и любовь" are virtues.
   */
  private static boolean isPersonByItself(Tokens tokens, int first, int last, FoundPersons found) {
    int flags = tokens.flags(first);
    boolean listedGivenName = (flags & Lexicon.FIRST_NAME) != 0 && (flags & (Lexicon.COMMON_WORD | Lexicon.PLACE | Tokens.ALL_LOWER)) == 0;
    boolean initial = last > first && tokens.length(first) == 1 && tokens.gapIs(first + 1, ". ");
    return listedGivenName || initial || found.overlaps(tokens.start(first), tokens.end(last));
  }

}
