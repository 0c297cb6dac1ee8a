package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.DIRECTION;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.NAME_PARTICLE;
import static io.traingate.pii.detect.Lexicon.REGION_CODE;
import static io.traingate.pii.detect.Lexicon.STREET_PREFIX;
import static io.traingate.pii.detect.Lexicon.STREET_SUFFIX;
import static io.traingate.pii.detect.Lexicon.UNIT;
import static io.traingate.pii.detect.Tokens.ALL_DIGITS;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.CAPITALIZED;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postal street addresses, anchored on house numbers (rare in text, so cheap): number first
 * ({@code 42 Baker Street}, {@code 12 rue de la Paix}) or street first ({@code Calle Mayor 12},
 * {@code Hauptstraße 5}), then an optional unit ({@code Apt 4B}) and an optional tail of city and
 * postcode ({@code , Springfield, IL 62704}, {@code , 10115 Berlin}, {@code London SW1A 2AA}).
 */
public final class StreetAddressDetector implements Detector {

  private static final int MAX_STREET_WORDS = 5;
  private static final Pattern BRITISH_OUTWARD = Pattern.compile("[a-z]{1,2}\\d[a-z\\d]?");
  private static final Pattern BRITISH_INWARD = Pattern.compile("\\d[a-z]{2}");
  private static final Pattern CANADIAN_OUTWARD = Pattern.compile("[a-z]\\d[a-z]");
  private static final Pattern CANADIAN_INWARD = Pattern.compile("\\d[a-z]\\d");
  private static final Pattern HYPHENATED_POSTCODE = Pattern.compile("\\d{4,5}-\\d{3}");
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
  private static final int MAX_CITY_WORDS = 3;
  private static final List<String> COMPOUND_STREET_ENDINGS = List.of(
      "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
      "straat", "laan", "gracht", "plein", "kade", "gatan", "vägen", "gade", "vej", "veien", "katu", "utca");

  @Override
  public void detect(ScannedText text, List<Span> out) {
    Tokens tokens = text.tokens();
    int t = 0;
    while (t < tokens.count()) {
      int end = -1;
      int start = t;
      if (isHouseNumber(tokens, t)) {
        end = numberFirst(tokens, t);
        if (end < 0) {
          start = streetFirstStart(tokens, t);
          end = start >= 0 ? t : -1;
        }
      }
      if (end >= 0) {
        start = withUnitBefore(tokens, start);
        int last = withTail(tokens, end);
        out.add(new Span(EntityType.STREET_ADDRESS, tokens.start(start), tokens.end(last)));
        t = last + 1;
      } else {
        t++;
      }
    }
  }

  /** {@code 42 Baker Street}, {@code 12 rue de la Paix}: the street's last token, or -1. */
  private static int numberFirst(Tokens tokens, int number) {
    int k = number + 1;
    if (tokens.is(k, "bis") || tokens.is(k, "ter")) {
      k++;
    }
    if (!spaced(tokens, k)) {
      return -1;
    }
    if (tokens.has(k, STREET_PREFIX) && !tokens.has(k + 1, STREET_SUFFIX)) {
      int last = k;
      for (int j = k + 1; j <= k + MAX_STREET_WORDS && spaced(tokens, j) && (isNameWord(tokens, j) || tokens.has(j, NAME_PARTICLE)); j++) {
        last = j;
      }
      if (last > k && !tokens.has(last, NAME_PARTICLE)) {
        return last;
      }
    }
    int words = 0;
    int suffix = -1;
    int capitalized = 0;
    for (int j = k; j < k + MAX_STREET_WORDS && spaced(tokens, j); j++) {
      if (words > 0 && tokens.has(j, STREET_SUFFIX)) {
        suffix = j;
      }
      if (!isNameWord(tokens, j) && !isOrdinal(tokens, j)) {
        break;
      }
      capitalized += tokens.has(j, CAPITALIZED) ? 1 : 0;
      words++;
    }
    if (suffix < 0) {
      return nameBeforePostcode(tokens, k);
    }
    // "42 Baker Street" or "42 baker street", not "500 chairs Park Avenue"
    boolean consistentCase = capitalized == 0 || capitalized >= suffix - k + 1 - ordinals(tokens, k, suffix);
    return consistentCase ? suffix : -1;
  }

  /** "45 Kingsway, London WC2B 6TE": a street without a street word still counts before a postcode. */
  private static int nameBeforePostcode(Tokens tokens, int k) {
    for (int j = k; j < k + 3 && spaced(tokens, j) && isNameWord(tokens, j) && tokens.has(j, CAPITALIZED); j++) {
      int tail = postcodeTail(tokens, j + 1);
      if (tail >= 0 && !isPostcodeNumber(tokens, j + 1)) {
        return j;
      }
    }
    return -1;
  }

  /** "Flat 2, 45 Kingsway": a unit written before the house number belongs to the address. */
  private static int withUnitBefore(Tokens tokens, int start) {
    int number = start - 1;
    int unit = start - 2;
    boolean unitFirst = unit >= 0 && tokens.has(unit, UNIT) && tokens.has(number, HAS_DIGIT) && tokens.length(number) <= 5
        && tokens.gapIs(number, " ") && (tokens.gapIs(start, ", ") || tokens.gapIs(start, " "));
    return unitFirst ? unit : start;
  }

  private static int ordinals(Tokens tokens, int from, int to) {
    int count = 0;
    for (int j = from; j <= to; j++) {
      count += isOrdinal(tokens, j) ? 1 : 0;
    }
    return count;
  }

  /** {@code Calle Mayor 12}, {@code Hauptstraße 5}: the first token of the street, or -1. */
  private static int streetFirstStart(Tokens tokens, int number) {
    if (tokens.gapBefore(number).strip().length() > 1) {
      return -1;
    }
    int street = number - 1;
    if (street < 0 || !isNameWord(tokens, street)) {
      return -1;
    }
    if (hasCompoundStreetEnding(tokens, street)) {
      return isNameWord(tokens, street - 1) && tokens.has(street - 1, CAPITALIZED) && tokens.gapIs(street, " ")
          && !tokens.has(street - 1, FUNCTION_WORD) ? street - 1 : street;
    }
    for (int j = street; j >= Math.max(0, street - MAX_STREET_WORDS); j--) {
      if (tokens.has(j, STREET_PREFIX) && j < street) {
        return j;
      }
      if (!(isNameWord(tokens, j) || tokens.has(j, NAME_PARTICLE)) || j < street && !tokens.gapIs(j + 1, " ")) {
        return -1;
      }
    }
    return -1;
  }

  /** Extends a street over a unit and a city/postcode tail when they follow. */
  private static int withTail(Tokens tokens, int street) {
    int last = street;
    int k = last + 1;
    if (tokens.has(k, DIRECTION) && spaced(tokens, k) && (tokens.has(k, ALL_UPPER) || k + 1 < tokens.count() && tokens.gapBefore(k + 1).startsWith(","))) {
      last = k++;
    }
    if (k < tokens.count() && tokens.has(k, UNIT) && shortGap(tokens, k) && k + 1 < tokens.count() && tokens.has(k + 1, HAS_DIGIT)) {
      last = k + 1;
      k += 2;
    } else if (k < tokens.count() && tokens.gapBefore(k).strip().endsWith("#") && tokens.has(k, HAS_DIGIT) && tokens.length(k) <= 6) {
      last = k++;
    }
    int postcodeEnd = postcodeTail(tokens, k);
    return postcodeEnd >= 0 ? postcodeEnd : last;
  }

  /** {@code , Springfield, IL 62704} / {@code , 10115 Berlin} / {@code London SW1A 2AA}: last token or -1. */
  private static int postcodeTail(Tokens tokens, int k) {
    if (k >= tokens.count() || !shortGap(tokens, k)) {
      return -1;
    }
    if (isPostcodeNumber(tokens, k)) { // 10115 Berlin
      int last = k;
      for (int j = k + 1; j <= k + MAX_CITY_WORDS && j < tokens.count() && tokens.gapIs(j, " ") && isNameWord(tokens, j); j++) {
        last = j;
      }
      return last > k ? last : -1;
    }
    int j = k;
    int cityWords = 0;
    while (cityWords < MAX_CITY_WORDS && j < tokens.count() && isNameWord(tokens, j) && !tokens.has(j, REGION_CODE | FUNCTION_WORD)
        && (j == k || tokens.gapIs(j, " "))) {
      j++;
      cityWords++;
    }
    if (cityWords == 0 || j >= tokens.count() || !shortGap(tokens, j)) {
      return -1;
    }
    if (tokens.has(j, REGION_CODE)) { // IL 62704, ON K1A 0B1, NSW 2000
      int zip = j + 1;
      if (zip < tokens.count() && spaced(tokens, zip) && (isZip(tokens, zip) || isPostcodeNumber(tokens, zip))) {
        return zip;
      }
      int postcode = britishOrCanadianPostcode(tokens, zip);
      if (postcode >= 0) {
        return postcode;
      }
      return tokens.has(j, ALL_UPPER) ? j : -1; // a lower-case "in" or "me" is a word, not a state
    }
    if (isZip(tokens, j)) {
      return j;
    }
    return britishOrCanadianPostcode(tokens, j);
  }

  /** Outward + inward code (SW1A 2AA, K1A 0B1, in any case): the last token, or -1. */
  private static int britishOrCanadianPostcode(Tokens tokens, int j) {
    if (j + 1 >= tokens.count() || !tokens.gapIs(j + 1, " ") || !spaced(tokens, j) && !shortGap(tokens, j)) {
      return -1;
    }
    String outward = word(tokens, j);
    String inward = word(tokens, j + 1);
    boolean british = BRITISH_OUTWARD.matcher(outward).matches() && BRITISH_INWARD.matcher(inward).matches();
    boolean canadian = CANADIAN_OUTWARD.matcher(outward).matches() && CANADIAN_INWARD.matcher(inward).matches();
    return british || canadian ? j + 1 : -1;
  }

  private static String word(Tokens tokens, int t) {
    return tokens.text().substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
  }

  private static boolean isZip(Tokens tokens, int t) {
    String text = tokens.text();
    int length = tokens.length(t);
    if (tokens.has(t, ALL_DIGITS)) {
      return length == 5;
    }
    return length == 10 && text.charAt(tokens.start(t) + 5) == '-'; // ZIP+4 joins into one token
  }

  /** 10115, 1015, and the Portuguese and Brazilian 1100-053, 01310-100. */
  private static boolean isPostcodeNumber(Tokens tokens, int t) {
    if (t >= tokens.count() || !tokens.has(t, ALL_DIGITS)) {
      return false;
    }
    int length = tokens.length(t);
    return length == 4 || length == 5 || length <= 9 && HYPHENATED_POSTCODE.matcher(word(tokens, t)).matches();
  }

  private static boolean isHouseNumber(Tokens tokens, int t) {
    if (!tokens.has(t, HAS_DIGIT) || tokens.length(t) > 7) {
      return false;
    }
    String text = tokens.text();
    int start = tokens.start(t);
    if (!Character.isDigit(text.charAt(start))) {
      return false;
    }
    int digits = 0;
    for (int i = start; i < tokens.end(t); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      } else if (text.charAt(i) != '-' && i < tokens.end(t) - 1) {
        return false; // at most one letter, at the end (221B)
      }
    }
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    return digits <= 5 && "$€£#:/.+-".indexOf(before) < 0;
  }

  private static boolean hasCompoundStreetEnding(Tokens tokens, int t) {
    String word = tokens.text().substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
    for (String ending : COMPOUND_STREET_ENDINGS) {
      if (word.endsWith(ending) && word.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** A word that can be part of a street or city name; "Will" in "Will Way" is one, "will" is not. */
  private static boolean isNameWord(Tokens tokens, int t) {
    if (t < 0 || t >= tokens.count() || tokens.has(t, HAS_DIGIT)) {
      return false;
    }
    return !tokens.has(t, FUNCTION_WORD) || tokens.has(t, CAPITALIZED) && tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME);
  }

  private static boolean isOrdinal(Tokens tokens, int t) {
    if (t >= tokens.count() || !tokens.has(t, HAS_DIGIT) || tokens.has(t, ALL_DIGITS)) {
      return false;
    }
    String word = tokens.text().substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
    return tokens.length(t) <= 5 && ORDINAL.matcher(word).matches();
  }

  /** The token exists and a space (or an abbreviation's dot: "St. Mary") separates it from the previous one. */
  private static boolean spaced(Tokens tokens, int t) {
    if (t <= 0 || t >= tokens.count()) {
      return false;
    }
    boolean abbreviation = !tokens.has(t - 1, HAS_DIGIT) && tokens.length(t - 1) <= 4;
    return tokens.gapIs(t, " ") || tokens.gapIs(t, ". ") && abbreviation;
  }

  private static boolean shortGap(Tokens tokens, int t) {
    String gap = tokens.gapBefore(t);
    return gap.equals(" ") || gap.equals(", ") || gap.equals(". ") || gap.equals(".,") || gap.equals("., ") || gap.equals(",");
  }
}
