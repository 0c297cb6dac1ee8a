package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.DIRECTION;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.NAME_PARTICLE;
import static io.traingate.pii.detect.Lexicon.STREET_PREFIX;
import static io.traingate.pii.detect.Lexicon.STREET_SUFFIX;
import static io.traingate.pii.detect.Lexicon.UNIT;
import static io.traingate.pii.detect.Tokens.ALL_DIGITS;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.ALL_LOWER;
import static io.traingate.pii.detect.Tokens.CAPITALIZED;
import static io.traingate.pii.detect.Tokens.CASELESS;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;
import static io.traingate.pii.detect.Tokens.JOINED;

import io.traingate.pii.EntityType;
import io.traingate.pii.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postal street addresses, anchored on house numbers (rare in text, so cheap). The street is found
 * around the number: number first ({@code 42 Baker Street}, {@code 4551 E Chestnut St}) or street
 * first ({@code Calle Mayor 12}, {@code Calle 5 de Mayo 427}, {@code Hauptstraße 5},
 * {@code Bağdat Caddesi No: 312}, {@code Calle 93 #11-26}); {@link AddressTail} then extends it over
 * units, districts, cities, regions and postcodes. A street without a street word ({@code 45 Kingsway},
 * {@code Am Hang 7}, the Japanese block {@code 1-2-3 Shibuya}) and a dwelling numbered without a
 * street ({@code Flat 47}, {@code B-204}) count only when a comma follows and the tail proves the address.
 */
public final class StreetAddressDetector implements Detector {

  private static final int MAX_STREET_WORDS = 5;
  private static final int MAX_UNNAMED_STREET_WORDS = 3;
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
  private static final List<String> COMPOUND_STREET_ENDINGS = List.of(
      "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
      "straat", "laan", "gracht", "plein", "kade", "dreef", "singel", "baan", "steeg", "plantsoen", "gatan", "vägen",
      "gränd", "gränden", "torget", "gade", "vej", "veien", "katu", "utca",
      // Icelandic: Laugavegur, Skólavörðustígur, Hringbraut, Austurstræti, Bankastræti
      "vegur", "stígur", "braut", "stræti");
  /** The {@link #COMPOUND_STREET_ENDINGS} as words of their own: Fester Weg, Lange Straße. */
  private static final long[] STREET_ENDING_KEYS = COMPOUND_STREET_ENDINGS.stream().mapToLong(Tokens::key).toArray();
  /**
   * Words for "number" between a street or unit and its number: No: 312, Nº 5, H.No. 421; the
   * Russian and Ukrainian house (дом, будинок) as their addresses cut it: ул. Ленина, д. 42; and the
   * building that numbers the house of a Saudi address: شارع التحلية، مبنى 12; and the Vietnamese
   * "number": số 8 đường Trần Phú; and the Hindi one: मकान नं. 42; and the Bengali, Urdu and Amharic ones:
   * বাড়ি নং 59, مکان نمبر 281, ቤት ቁጥር 627 (ቁ. cut).
   */
  private static final long[] NUMBER_MARKERS = Tokens.keys("no nr nro nº д буд مبنى số नं নং نمبر ቁጥር ቁ");
  /** Norwegian street words, written apart in lower case after the name: Thorvald Meyers gate, Pilestredet vei, Bygdøy allé. */
  private static final long[] LOWER_CASE_STREET_WORDS = Tokens.keys("gate gata vei veien vegen allé");
  /**
   * Street words of Hungarian, Estonian and Lithuanian, written apart in lower case after the name,
   * Estonian and Lithuanian ones mostly cut: Andrássy út, Váci utca, Deák Ferenc tér; Rüütli tn, Narva
   * mnt, Pärnu pst; Pilies g. (gatvė). Unlike the Norwegian ones they are no other words, so they
   * prove the street.
   */
  private static final long[] STREET_WORDS_AFTER_NAME = Tokens.keys("út utca körút tér tn tänav mnt maantee pst puiestee g gatvė");

  @Override
  public void detect(ScannedText text, List<Span> out) {
    Tokens tokens = text.tokens();
    AddressTail tail = null;
    Span previous = null;
    // every address holds a number: its house, block or postcode
    int t = TokenSearch.nextFlagged(tokens, HAS_DIGIT, 0);
    while (t >= 0) {
      if (tail == null) {
        tail = new AddressTail(tokens);
      }
      int start = start(tokens, t, tail);
      // a unit of time after the number makes it a duration; asked only of found addresses, which are rare
      boolean found = start >= 0 && !tokens.isAny(t + 1, TIME_UNITS) && !isDayOfMonth(tokens, t) && !isDate(tokens, t);
      if (found) {
        // a dwelling and its building found before the street they stand before (Flat 18, Beaumont Court, 40 Mill Lane) is part of it
        if (previous != null && previous.start() >= tokens.start(start)) {
          out.remove(previous);
        }
        int prefix = hebrewPrefixLength(tokens, start) + numberPrefixLength(tokens, start);
        previous = new Span(EntityType.STREET_ADDRESS, tokens.start(start) + prefix, tail.end());
        out.add(previous);
      }
      t = TokenSearch.nextFlagged(tokens, HAS_DIGIT, found ? tail.last() + 1 : t + 1);
    }
    if (tokens.anyHas(Tokens.HAS_CJK)) {
      CjkAddresses.find(tokens, out);
    }
  }

  /** The first token of the address numbered by token {@code number}, with {@code tail} read to its end; or -1. */
  private static int start(Tokens tokens, int number, AddressTail tail) {
    if (isHouseNumber(tokens, number)) {
      int street = numberFirst(tokens, number);
      if (street >= 0) {
        tail.extend(street);
        // the dwelling's number may be the house's, before a street set off by a comma: Plot 7, Ọ̀nà Ìwọ̀
        int dwelling = tokens.gapIs(number + 1, ", ") ? dwellingStart(tokens, number) : -1;
        return dwelling >= 0 ? dwelling : withUnitBefore(tokens, isMarkedNumber(tokens, number) ? number - 1 : number);
      }
      int start = streetFirstStart(tokens, number);
      if (start >= 0) {
        tail.extend(number);
        // after a preposition's letter Hebrew prose names streets more often than addresses ("in the street were 30
        // people"): a place after the number must tell
        if (hebrewPrefixLength(tokens, start) == 0 || tail.last() > number) {
          int postcode = postcodeAndCityBefore(tokens, start);
          return postcode >= 0 ? postcode : withUnitBefore(tokens, start);
        }
      }
      // as the words of a Thai phrase run together, only the postcode after them tells a street from other words
      int thaiStreet = thaiStreetAfter(tokens, number);
      if (thaiStreet >= 0) {
        tail.extend(thaiStreet);
        if (tail.provesAddress()) {
          return withUnitBefore(tokens, number);
        }
      }
      int houseNumber = houseNumberAfterNumberedStreet(tokens, number);
      if (houseNumber >= 0) {
        tail.extend(houseNumber);
        return number - 1;
      }
      int name = unnamedStreetAfter(tokens, number);
      // a ward proves it as well: 1-1 Marunouchi, Chiyoda-ku; 45 Lê Lợi, phường Bến Nghé
      if (name >= 0 && commaTail(tokens, name, tail)
          && (tail.firstSegmentHoldsPostcode() || tail.namesWard() || isBlockNumber(tokens, number) && tail.provesAddress()
              || isVietnameseStreetAndPlace(tokens, number + 1, name, tail.last()))) {
        return withUnitBefore(tokens, number);
      }
      street = numberFirst(tokens, number, true);
      if (street >= 0 && commaTail(tokens, street, tail)) {
        int dwelling = dwellingStart(tokens, number); // Unit 7, Brackmills Industrial Estate
        // a dwelling's number proves it as a postcode does, if a place follows the street: House No. 39, Moi Avenue, Mombasa
        if (tail.provesAddress() || dwelling >= 0 && tail.last() > street) {
          return dwelling >= 0 ? dwelling : number; // 248, Station Road, Sector 62, Noida - 201310
        }
      }
      // 324, Sector 15, Noida 201301: planned towns number houses within sectors, and the address names no street
      if (tokens.gapIs(number + 1, ", ") && AddressTail.isNumberedDistrict(tokens, number + 1) && commaTail(tokens, number, tail)
          && tail.provesAddress()) {
        int dwelling = dwellingStart(tokens, number); // Plot 7, Sector 44
        return dwelling >= 0 ? dwelling : withUnitBefore(tokens, number);
      }
      start = unnamedStreetBefore(tokens, number);
      // Am Hang 7, 82041 Oberhaching; Ermou 45, Athina 105 63; and a street word before the number, as in Ngong Road 44, Nairobi 00100
      // (not a unit that the street words hold too, as "Flat" in "Deliver to Flat 302, …")
      boolean streetWordBefore = tokens.has(number - 1, STREET_SUFFIX) && tokens.has(number - 1, CAPITALIZED) && !tokens.has(number - 1, UNIT);
      if (start >= 0 && !tokens.isAny(number - 1, POST_BOXES) && commaTail(tokens, withHouseLetter(tokens, withSubNumber(tokens, number)), tail)
          && (tail.startsWithPostcode() || tail.startsWithCityAndPostcode() || streetWordBefore && tail.provesAddress())) {
        return withUnitBefore(tokens, start);
      }
    }
    int dwelling = dwellingStart(tokens, number);
    if (dwelling < 0) {
      return -1;
    }
    int street = streetBeforeDwelling(tokens, dwelling);
    if (!commaTail(tokens, withSubNumber(tokens, number), tail)) {
      if (street >= 0 && holdsSecondStreet(tokens, street, dwelling)) {
        tail.extend(withSubNumber(tokens, number));
        return street;
      }
      return -1;
    }
    // a street without a house number before the dwelling proves the address, if a segment follows it: Rue Hamra, Bldg 22, Beirut
    if (street >= 0 && (tail.last() > withSubNumber(tokens, number) || holdsSecondStreet(tokens, street, dwelling))) {
      return street;
    }
    return tail.provesAddress() ? dwelling : -1;
  }

  /**
   * {@code Kindaruma Road, Apartment 6C}, {@code Rue Hamra, Bldg 22}: the first token of a street
   * named with its street word in a segment before the dwelling, or -1.
   */
  private static int streetBeforeDwelling(Tokens tokens, int dwelling) {
    int last = dwelling - 1;
    if (tokens.gapIs(dwelling, ARABIC_COMMA_GAP) && (tokens.has(last, CASELESS) || isNumberedStreet(tokens, last))) {
      return streetsBeforeInArabicScript(tokens, dwelling);
    }
    if (tokens.gapIs(dwelling, ETHIOPIC_COMMA_GAP)) {
      return ethiopicStreetBefore(tokens, last);
    }
    if (!tokens.gapIs(dwelling, ", ") || !isCapitalizedName(tokens, last)) {
      return -1;
    }
    if (tokens.has(last, STREET_SUFFIX) && !tokens.has(last, UNIT)) {
      return namedStreetStart(tokens, last);
    }
    for (int j = last - 1; j >= Math.max(0, last - MAX_UNNAMED_STREET_WORDS) && tokens.gapIs(j + 1, " "); j--) {
      if (tokens.has(j, STREET_PREFIX) && tokens.has(j, CAPITALIZED)) {
        return j;
      }
      if (!isCapitalizedName(tokens, j)) {
        break;
      }
    }
    return -1;
  }

  /**
   * Laan van Meerdervoort 126 A, Oudegracht 214 bis, Bygdøy allé 55 H0203: the capital letter or the
   * bis or ter written apart after a house number, as Dutch and Belgian addresses write them, or the
   * Norwegian flat's number (H, then its floor and flat); else the number.
   */
  private static int withHouseLetter(Tokens tokens, int number) {
    int next = number + 1;
    boolean apart = next < tokens.count() && tokens.gapIs(next, " ") && tokens.has(number, ALL_DIGITS)
        && (tokens.length(next) == 1 && tokens.has(next, ALL_UPPER) || tokens.isAny(next, AddressTail.HOUSE_NUMBER_SUFFIXES)
            || isNorwegianFlat(tokens, next));
    return apart ? next : number;
  }

  /** H0203: a Norwegian flat's number, the floor and the flat on it in two digits each after an H. */
  private static boolean isNorwegianFlat(Tokens tokens, int t) {
    int start = tokens.start(t);
    return tokens.length(t) == 5 && tokens.has(t, ALL_UPPER) && tokens.text().charAt(start) == 'H'
        && Chars.isDigits(tokens.text(), start + 1, start + 5);
  }

  /**
   * {@code خیابان انقلاب، کوچه نسترن، پلاک 88}: the street word that opens the first of the streets
   * before a dwelling, each in a segment of its own, as Persian addresses name the avenue, then the
   * alley (maybe by its number: کوچه ۱۲), then the house; or -1. A segment that opens with no street
   * word (a dead end, بن‌بست, that the zero-width non-joiner splits; a city) may stand between them.
   */
  private static int streetsBeforeInArabicScript(Tokens tokens, int dwelling) {
    int street = -1;
    int next = dwelling;
    for (int segments = 0; segments < MAX_STREET_SEGMENTS && tokens.gapIs(next, ARABIC_COMMA_GAP); segments++) {
      if (isNumberedStreet(tokens, next - 1)) {
        street = next - 2;
        next = street;
        continue;
      }
      int first = next - 1;
      for (int words = 1; words < MAX_STREET_WORDS && !tokens.has(first, STREET_PREFIX) && isCaselessNameWord(tokens, first - 1)
          && (tokens.gapIs(first, " ") || tokens.gapIs(first, ZERO_WIDTH_NON_JOINER)); words++) {
        first--;
      }
      if (!isCaselessNameWord(tokens, first)) {
        break;
      }
      if (tokens.has(first, STREET_PREFIX) && first < next - 1) {
        street = first;
      }
      next = first;
    }
    return street;
  }

  /** True if token {@code number} is a small number that numbers the street a street word before it opens: کوچه ۱۲. */
  private static boolean isNumberedStreet(Tokens tokens, int number) {
    return isSmallNumber(tokens, number) && tokens.has(number - 1, STREET_PREFIX) && tokens.has(number - 1, CASELESS)
        && tokens.gapIs(number, " ");
  }

  /**
   * True if another street opens a segment between the first street before a dwelling and the
   * dwelling: the avenue and the alley of "خیابان انقلاب، کوچه بهار، پلاک ۴۰" prove a Persian address
   * with nothing after the house, where an avenue alone may be prose ("خیابان انقلاب، پلاک 88 است").
   */
  private static boolean holdsSecondStreet(Tokens tokens, int street, int dwelling) {
    for (int t = street + 1; t < dwelling; t++) {
      if (tokens.has(t, STREET_PREFIX) && tokens.gapIs(t, ARABIC_COMMA_GAP)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code ቦሌ መንገድ፣ የቤት ቁጥር 472}: the name of an Ethiopic street whose word follows it, in the
   * segment before the dwelling; or -1. One word: the label before it ("አድራሻ ቦሌ መንገድ") has no case to tell it from the name.
   */
  private static int ethiopicStreetBefore(Tokens tokens, int last) {
    boolean named = tokens.has(last, STREET_SUFFIX) && tokens.has(last, CASELESS) && tokens.gapIs(last, " ");
    return named && isCaselessNameWord(tokens, last - 1) ? last - 1 : -1;
  }

  private static boolean isCaselessNameWord(Tokens tokens, int t) {
    return t >= 0 && tokens.has(t, CASELESS) && isNameWord(tokens, t);
  }

  private static final int MAX_STREET_SEGMENTS = 3;
  private static final String ARABIC_COMMA_GAP = AddressTail.ARABIC_COMMA + " ";
  private static final String ETHIOPIC_COMMA_GAP = AddressTail.ETHIOPIC_COMMA + " ";
  private static final String ZERO_WIDTH_NON_JOINER = "\u200c";

  /** H.No. 2-3-118/4, Flat 12/3: the last token of a number and the sub-number a slash joins to it. */
  private static int withSubNumber(Tokens tokens, int number) {
    int sub = number + 1;
    return sub < tokens.count() && tokens.gapIs(sub, "/") && tokens.has(sub, ALL_DIGITS) && tokens.length(sub) <= 3 ? sub : number;
  }

  /** True if a comma (also Arabic or Ethiopic script's) or a line break follows token {@code last}; then reads the tail after it into {@code tail}. */
  private static boolean commaTail(Tokens tokens, int last, AddressTail tail) {
    if (last + 1 >= tokens.count() || !tokens.gapHoldsAny(last + 1, PersonDetector.ADDRESS_COMMAS) && !tail.breaksLineBefore(last + 1)) {
      return false;
    }
    tail.extend(last);
    return true;
  }

  /** {@code 42 Baker Street}, {@code 12 rue de la Paix}, {@code 4551 E Chestnut St}: the street's last token, or -1. */
  private static int numberFirst(Tokens tokens, int number) {
    return numberFirst(tokens, number, false);
  }

  /**
   * As {@link #numberFirst(Tokens, int)}; with {@code setOffByComma}, only a street that a comma parts
   * from its number, as Indian addresses write it (248, Station Road), which the caller must prove.
   */
  private static int numberFirst(Tokens tokens, int number, boolean setOffByComma) {
    int k = number + 1;
    if (tokens.isAny(k, AddressTail.HOUSE_NUMBER_SUFFIXES)) {
      k++;
    }
    if (tokens.is(k, VIA) && tokens.has(k, ALL_LOWER)) {
      return -1; // "paid 800 via venmo": after a number, a lower-case "via" is the English preposition
    }
    boolean prefix = isStreetWordBeforeName(tokens, k);
    if (!prefix && !hasStreetSuffixAfter(tokens, k)) {
      return -1; // most numbers: no street word follows
    }
    // French addresses may set the number off with a comma (49, boulevard de la Paix), and Indian and
    // Nigerian ones a number written with its "No." (No. 23, 2nd Main Road; No. 15, Opebi Road)
    boolean setOff = tokens.gapIs(k, ", ");
    boolean markedWithComma = setOff && isMarkedNumber(tokens, number);
    if (setOffByComma ? !setOff || markedWithComma
        : !spaced(tokens, k) && !(prefix && setOff) && !markedWithComma) {
      return -1;
    }
    if (prefix && !tokens.has(k + 1, STREET_SUFFIX)) {
      int last = k;
      // in lower case nothing tells the name from the words after it ("số 8 đường trần phú đà nẵng anh ra lấy"):
      // the fewest a name needs
      int words = tokens.has(k + 1, CAPITALIZED) ? MAX_STREET_WORDS : MAX_UNNAMED_STREET_WORDS;
      boolean linked = false; // after a link, the name is capitalized: Heol y Nant, not "Barabara ya Bagamoyo imefungwa"
      for (int j = k + 1; j <= k + words && spaced(tokens, j) && (!linked || tokens.has(j, CAPITALIZED))
          && (isNameWord(tokens, j) || tokens.has(j, NAME_PARTICLE) || isStreetNameLink(tokens, j)); j++) {
        linked |= isStreetNameLink(tokens, j);
        last = j;
      }
      // set off by a comma, the street ends where the sentence's words go on in lower case: "5 na 98, Barabara ya Bagamoyo imefungwa"
      boolean runsOn = setOff && tokens.has(last + 1, ALL_LOWER) && tokens.gapIs(last + 1, " ");
      if (last > k && !tokens.has(last, NAME_PARTICLE) && !runsOn) {
        return last;
      }
    }
    int words = 0;
    int capitalized = 0;
    int ordinals = 0;
    int suffix = -1;
    for (int j = k; j < k + MAX_STREET_WORDS && (j == k || spaced(tokens, j) || isPossessiveInName(tokens, j)); j++) {
      if (isPossessiveInName(tokens, j)) {
        continue; // Queen's Drive, St John's Road: the name's possessive is no word of its own
      }
      // a capitalised word that chat uses as filler may name a street in capitals: Great Western Hwy, The Avenue
      boolean capitalizedFiller = tokens.has(j, CAPITALIZED) && tokens.has(j, FUNCTION_WORD) && capitalized == words;
      if (!isNameWord(tokens, j) && !isOrdinal(tokens, j) && !tokens.has(j, DIRECTION) && !capitalizedFiller) {
        break;
      }
      words++;
      capitalized += tokens.has(j, CAPITALIZED) ? 1 : 0;
      ordinals += isOrdinal(tokens, j) ? 1 : 0;
      // "42 Baker Street" or "42 baker street", not "500 chairs Park Avenue"; the longest such street
      boolean consistentCase = capitalized == 0 || capitalized + ordinals == words;
      if (words > 1 && isStreetSuffix(tokens, j) && consistentCase) {
        suffix = j;
      }
    }
    // set off by commas, the street is a segment of an address: "Ticket No. 5, Park Avenue branch" holds none
    return (markedWithComma || setOffByComma) && !isCommaAfter(tokens, suffix) ? -1 : suffix;
  }

  /** True if token {@code t} is the s of a capitalized name's possessive that a space follows: the s of "Queen's Drive". */
  private static boolean isPossessiveInName(Tokens tokens, int t) {
    return tokens.isApostropheS(t) && tokens.has(t - 1, CAPITALIZED) && t + 1 < tokens.count() && tokens.gapIs(t + 1, " ");
  }

  /**
   * {@code 116/76 ถนนสีลม}, {@code 99/12 ซอยสุขุมวิท 31}: the last token of a Thai street after the
   * number, or -1. Thai writes its street words (ถนน road, ซอย lane, ตรอก alley) joined to the name, as
   * it writes all words of a phrase; the lane's number may follow.
   */
  private static int thaiStreetAfter(Tokens tokens, int number) {
    int street = number + 1;
    if (!tokens.has(street, CASELESS) || !tokens.gapIs(street, " ") || !isJoinedThaiStreet(tokens, street)) {
      return -1;
    }
    return tokens.gapIs(street + 1, " ") && isSmallNumber(tokens, street + 1) ? street + 1 : street;
  }

  private static boolean isJoinedThaiStreet(Tokens tokens, int t) {
    for (String word : THAI_STREET_WORDS) {
      if (tokens.length(t) > word.length() && tokens.text().startsWith(word, tokens.start(t))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] THAI_STREET_WORDS = {"ถนน", "ซอย", "ตรอก"};

  private static boolean isCommaAfter(Tokens tokens, int t) {
    return t >= 0 && t + 1 < tokens.count() && tokens.gapHolds(t + 1, ',');
  }

  /** True if one of the street words after {@code k} that {@link #numberFirst} reads is a street suffix. */
  private static boolean hasStreetSuffixAfter(Tokens tokens, int k) {
    for (int j = k + 1; j < k + MAX_STREET_WORDS; j++) {
      if (isStreetSuffix(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A street word after the name, or the cross and main roads that Bangalore numbers (No. 14, 3rd Cross,),
   * which are other words ("3 2nd main courses") unless commas set them off as a segment of an address.
   */
  private static boolean isStreetSuffix(Tokens tokens, int t) {
    // the USPS "Via" (viaduct) is the English preposition in lower case: "Transit 32 days via Suez"
    if (tokens.has(t, STREET_SUFFIX)) {
      return !(tokens.is(t, VIA) && tokens.has(t, ALL_LOWER));
    }
    return tokens.isAny(t, NUMBERED_ROADS) && isOrdinal(tokens, t - 1)
        && tokens.gapIs(t - 1, ", ") && isCommaAfter(tokens, t);
  }

  private static final long[] NUMBERED_ROADS = Tokens.keys("cross main");

  /**
   * {@code 45 Kingsway}, {@code 123 Nguyễn Thị Minh Khai}: the last of the capitalized words after the number, or -1.
   * A lone capital is the house's letter, no street: "Thorvald Meyers gate 22 B, 0555 Oslo".
   */
  private static int unnamedStreetAfter(Tokens tokens, int number) {
    if (withHouseLetter(tokens, number) > number && !spaced(tokens, number + 2)) {
      return -1;
    }
    int last = -1;
    // one more than a street before its number: Vietnamese streets are named after people, with all their names
    for (int j = number + 1; j <= number + MAX_UNNAMED_STREET_WORDS + 1 && isCapitalizedName(tokens, j) && spaced(tokens, j); j++) {
      last = j;
    }
    return last;
  }

  /**
   * {@code 45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội}: true if the street's name (tokens {@code first} to
   * {@code name}) and the place after its comma (to {@code last}) are written in Vietnamese, whose streets
   * are named after people with all their names: a number, such a name and a place after it make an
   * address, with or without the words for ward and district.
   */
  private static boolean isVietnameseStreetAndPlace(Tokens tokens, int first, int name, int last) {
    return name > first && last > name && holdsVietnameseLetter(tokens, first, name) && holdsVietnameseLetter(tokens, name + 1, last);
  }

  private static boolean holdsVietnameseLetter(Tokens tokens, int first, int last) {
    String text = tokens.text();
    for (int i = tokens.start(first); i < tokens.end(last); i++) {
      if (Chars.isVietnameseLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Am Hang 7}, {@code Altenhof 6a}, and a name before a street word written apart in lower case
   * ({@code Thorvald Meyers gate 51}, {@code Andrássy út 52}): the first of the capitalized words before
   * the number, or -1.
   */
  private static int unnamedStreetBefore(Tokens tokens, int number) {
    int last = number - 1;
    if (tokens.isAny(last, LOWER_CASE_STREET_WORDS) && tokens.has(last, ALL_LOWER) && tokens.gapIs(number, " ")) {
      last--;
    }
    if (!tokens.has(last, CAPITALIZED)) {
      return -1; // the street's words before the number are capitalised, the last one too
    }
    int first = -1;
    for (int j = last; j >= Math.max(0, last + 1 - MAX_UNNAMED_STREET_WORDS) && tokens.gapIs(j + 1, " "); j--) {
      if (tokens.has(j, FUNCTION_WORD) && tokens.has(j, CAPITALIZED)) {
        return j; // the article or preposition that starts a German street name: Am, Im, An der
      }
      boolean article = first >= 0 && tokens.has(j, NAME_PARTICLE) && tokens.has(j, ALL_LOWER)
          && tokens.has(j - 1, CAPITALIZED) && tokens.gapIs(j, " "); // Unter den Linden
      if (!isCapitalizedName(tokens, j) && !article) {
        break;
      }
      first = article ? first : j;
    }
    return first;
  }

  /** Flat 47, / House No. 11, / H.No. 421, / B-204,: the dwelling's first token, or -1. */
  private static int dwellingStart(Tokens tokens, int number) {
    if (isLetteredFlat(tokens, number)) {
      return number;
    }
    if (isUnitAndSlash(tokens, number)) {
      return number - 1; // 58/790, Salvi Nagar: the house numbered on its plot, as Indian addresses write it
    }
    int unit = number - 1;
    boolean marked = isNumberMarker(tokens, unit);
    if (!marked && !tokens.has(unit, UNIT)) {
      return -1; // most numbers: no unit word before
    }
    // longer only as the three groups of a Hyderabad house number, written as a Japanese block is: H.No. 2-3-118/4
    boolean shortNumber = tokens.length(number) <= 6 || isBlockNumber(tokens, number);
    if (!shortNumber || !(tokens.gapIs(number, " ") || tokens.gapIs(number, ". ") || tokens.gapIs(number, ": "))) {
      return -1;
    }
    if (marked && unit > 0) {
      unit--;
      boolean abbreviated = tokens.gapIs(unit + 1, ".") && tokens.length(unit) == 1 && tokens.has(unit, CAPITALIZED); // H.No.
      if (abbreviated) {
        return unit;
      }
      if (!tokens.gapIs(unit + 1, " ")) {
        return -1;
      }
    }
    return tokens.has(unit, UNIT) ? unit : -1;
  }

  /** The chōme-banchi-gō of a Japanese address: 1-2-3, 5-19-10; and an Indian house number written so: 2-3-118. */
  private static boolean isBlockNumber(Tokens tokens, int t) {
    if (!tokens.has(t, ALL_DIGITS) || tokens.length(t) > 10) {
      return false;
    }
    String text = tokens.text();
    int groups = 1;
    int groupLength = 0;
    for (int i = tokens.start(t); i < tokens.end(t); i++) {
      if (text.charAt(i) != '-') {
        groupLength++;
      } else if (groups == 1 && groupLength > 2) {
        return false;
      } else {
        groups++;
        groupLength = 0;
      }
    }
    return groups == 3;
  }

  /** A flat numbered with its block's letter: B-204; or a house, as Pakistani addresses write it: 258-N. */
  private static boolean isLetteredFlat(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    int length = tokens.length(t);
    // the flags first, as few numbers are capitalised or hold a capital
    if (length < 3 || length > 6 || !tokens.has(t, HAS_DIGIT) || !tokens.has(t, CAPITALIZED | ALL_UPPER)) {
      return false;
    }
    boolean letterFirst = Chars.isUpper(text.charAt(start)) && text.charAt(start + 1) == '-' && Chars.isDigits(text, start + 2, end);
    boolean letterLast = Chars.isUpper(text.charAt(end - 1)) && text.charAt(end - 2) == '-' && Chars.isDigits(text, start, end - 2);
    return letterFirst || letterLast;
  }

  /**
   * No. 23, No 118: a house number written after a word for "number", which belongs to the address;
   * not a dwelling's (House No. 11, H.No. 421), which {@link #dwellingStart} reads with its unit.
   */
  private static boolean isMarkedNumber(Tokens tokens, int number) {
    return isNumberMarker(tokens, number - 1) && (tokens.gapIs(number, " ") || tokens.gapIs(number, ". "))
        && dwellingStart(tokens, number) < 0;
  }

  /** No, Nº, Nr, written with its dot or colon: a word that stands for "number". */
  static boolean isNumberMarker(Tokens tokens, int t) {
    return tokens.isAny(t, NUMBER_MARKERS) || isSwahiliNumberMarker(tokens, t);
  }

  /** Swahili "Na." (namba, number), cut with a dot: Nyumba Na. 98. Without its dot, "na" is the word for "and". */
  private static boolean isSwahiliNumberMarker(Tokens tokens, int t) {
    return tokens.is(t, SWAHILI_NUMBER) && tokens.has(t, CAPITALIZED) && t + 1 < tokens.count() && tokens.gapIs(t + 1, ". ");
  }

  private static final long SWAHILI_NUMBER = Tokens.key("na");

  /** "Flat 2, 45 Kingsway", "3/45 Smith Street": a unit written before the house number belongs to the address. */
  private static int withUnitBefore(Tokens tokens, int start) {
    if (isUnitAndSlash(tokens, start)) {
      return start - 1;
    }
    int first = start;
    if (tokens.isAny(start - 1, LOT_WORDS) && tokens.gapIs(start, " ") && tokens.has(start, ALL_DIGITS)) {
      first = start - 1; // Lot 04 Tabayoc Grove: the lot is numbered as a house is
    }
    // two at most: Block 24 Lot 04, Flat 2, 45 Kingsway
    for (int units = 0; units < 2 && isUnitBefore(tokens, first); units++) {
      first -= 2;
    }
    int building = buildingBefore(tokens, first);
    if (building < 0 || !isUnitBefore(tokens, building)) {
      return first;
    }
    // the flat and the tower of a condominium before its name: Unit 5B, Tower 2, Avida Residences, 88 Shaw Blvd
    return isUnitBefore(tokens, building - 2) ? building - 4 : building - 2;
  }

  /**
   * {@code 6720 Szeged, Rákóczi út 73}: the postcode of a city set off by a comma before the street,
   * as Hungarian addresses write it, or -1. Four digits that read as a year (2019 Budapest) are none.
   */
  private static int postcodeAndCityBefore(Tokens tokens, int street) {
    int city = street - 1;
    if (!tokens.gapIs(street, ", ") || !isCapitalizedName(tokens, city)) {
      return -1; // most streets: no comma before them
    }
    if (isCapitalizedName(tokens, city - 1) && tokens.gapIs(city, " ")) {
      city--; // Hódmezővásárhely, but also Budapest VI
    }
    int postcode = city - 1;
    boolean fourDigits = tokens.has(postcode, ALL_DIGITS) && tokens.length(postcode) == 4 && tokens.gapIs(city, " ");
    if (!fourDigits || tokens.has(postcode - 1, HAS_DIGIT) && !tokens.gapHolds(postcode, '\n')) {
      return -1; // no postcode, or the last group of a longer number
    }
    String text = tokens.text();
    int from = tokens.start(postcode);
    return text.startsWith("19", from) || text.startsWith("20", from) ? -1 : postcode;
  }

  /** Flat 18, Beaumont Court, 40 Mill Lane: the first word of a building's name set off by commas before token {@code start}, or -1. */
  private static int buildingBefore(Tokens tokens, int start) {
    if (start < 3 || !tokens.gapIs(start, ", ")) {
      return -1; // most addresses: no comma before the house number
    }
    for (int j = start - 1; j >= Math.max(0, start - MAX_UNNAMED_STREET_WORDS) && isCapitalizedName(tokens, j); j--) {
      if (tokens.gapIs(j, ", ")) {
        return j;
      }
      if (!tokens.gapIs(j, " ")) {
        break;
      }
    }
    return -1;
  }

  /**
   * True if a unit (or a word for "number") and its number stand right before token {@code start}:
   * Flat 2, 45 Kingsway; Block 24 Lot 04; Số 18 ngõ 52.
   */
  private static boolean isUnitBefore(Tokens tokens, int start) {
    int number = start - 1;
    int unit = start - 2;
    return unit >= 0 && (tokens.has(unit, UNIT) || isNumberMarker(tokens, unit))
        && tokens.has(number, HAS_DIGIT) && tokens.length(number) <= 5
        && tokens.gapIs(number, " ") && (tokens.gapIs(start, ", ") || tokens.gapIs(start, " "));
  }

  /**
   * The lot of a Philippine address and the alley of a Vietnamese one, numbered as a house is:
   * Lot 04 Tabayoc Grove, ngõ 52 phố Huế.
   */
  private static final long[] LOT_WORDS = Tokens.keys("lot ngõ ngách hẻm kiệt");

  /**
   * {@code Calle Mayor 12}, {@code Calle 5 de Mayo 427}, {@code Hauptstraße 5}, {@code Fester Weg 3},
   * {@code Gül Sok. No: 165}: the first token of the street, or -1.
   */
  private static int streetFirstStart(Tokens tokens, int number) {
    int street = number - 1;
    // the marker may stand in a segment of its own, as Russian addresses write the house: ул. Ленина, д. 42
    boolean marked = isNumberMarker(tokens, street) && (tokens.gapIs(street, " ") || tokens.gapIs(street, ". ")
        || tokens.gapIs(street, ": ") || tokens.gapIs(street, ":") || followsComma(tokens, street));
    if (marked) {
      street--;
    }
    // most numbers: no street's name right before, told by its flags before the gap is read
    if (street < 0 || !isNameWord(tokens, street) || !marked && tokens.gapBefore(number).strip().length() > 1) {
      return -1;
    }
    // not an English word in lower case that ends as a street does: "expiring 2031", "during 2019"
    if (hasCompoundStreetEnding(tokens, street) && !(tokens.has(street, ALL_LOWER) && endsWith(tokens, street, "ing"))) {
      return isNameWord(tokens, street - 1) && tokens.has(street - 1, CAPITALIZED) && tokens.gapIs(street, " ")
          && !tokens.has(street - 1, FUNCTION_WORD) ? street - 1 : street;
    }
    if (tokens.isAny(street, STREET_ENDING_KEYS) && tokens.has(street, CAPITALIZED) && tokens.gapIs(street, " ")
        && isCapitalizedName(tokens, street - 1)) {
      return street - 1; // the street word written apart: Fester Weg, Lange Straße
    }
    if (marked && tokens.has(street, STREET_SUFFIX)) {
      return namedStreetStart(tokens, street);
    }
    if (tokens.isAny(street, STREET_WORDS_AFTER_NAME) && tokens.has(street, ALL_LOWER) && (tokens.gapIs(number, " ") || tokens.gapIs(number, ". "))) {
      return namedStreetStart(tokens, street);
    }
    for (int j = street; j >= Math.max(0, street - MAX_STREET_WORDS); j--) {
      if (j < street && isStreetPrefix(tokens, j)) {
        return tokens.gapIs(j + 1, " ") || tokens.gapIs(j + 1, ". ") || tokens.gapIs(j + 1, "/ ") || opensQuote(tokens, j + 1) ? j : -1;
      }
      // a one-letter word in lower case is a preposition ("voie 7 à 14 h 22"), unless cut with a dot (ul. Długa 12 m. 4) or
      // the crossing of numbered streets (Rue 12 x 15); some link the words of a name (Rua do Almada, Calle 50 y Calle 53)
      boolean oneLetter = tokens.length(j) == 1 && tokens.has(j, ALL_LOWER) && tokens.gapIs(j + 1, " ") && !tokens.is(j, CROSSING);
      boolean link = j < street && isStreetNameLink(tokens, j);
      boolean inName = isNameWord(tokens, j) && !oneLetter || tokens.has(j, NAME_PARTICLE) || link
          || j < street && isSmallNumber(tokens, j);
      // a rank or title cut with its dot may stand in the name, which only a street word before it makes a street: Jl. Jend. Sudirman
      boolean cutTitle = tokens.gapIs(j + 1, ". ") && tokens.has(j, CAPITALIZED) && tokens.length(j) <= MAX_CUT_TITLE;
      if (!inName || j < street && !tokens.gapIs(j + 1, " ") && !cutTitle) {
        return -1;
      }
    }
    return -1;
  }

  /** The longest rank or title cut with a dot in a street's name: Jend., Letjen., Prof. */
  private static final int MAX_CUT_TITLE = 6;

  /**
   * True if a quote opens before token {@code t}, after a street word and its space: Bulgarian, Russian
   * and Romanian addresses quote a street named after a person or a date (ул. „Граф Игнатиев“ 50,
   * ул. «Красная» 5, Strada „1 Decembrie“ 12).
   */
  private static boolean opensQuote(Tokens tokens, int t) {
    for (String gap : QUOTE_OPENINGS) {
      if (tokens.gapIs(t, gap)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] QUOTE_OPENINGS = {" \u201E", ". \u201E", " \u00AB", ". \u00AB", " \"", ". \""};

  /**
   * True if a comma and a space part token {@code t} from the one before, the comma maybe after an
   * abbreviation's dot or in Arabic script: ул. Ленина, д. 42; Невский пр., д. 28; شارع التحلية، مبنى 12.
   */
  private static boolean followsComma(Tokens tokens, int t) {
    return tokens.gapIs(t, ", ") || tokens.gapIs(t, "., ") || tokens.gapIs(t, ARABIC_COMMA_GAP);
  }

  /**
   * A street word written before the name (rue, Calle, Via), Spanish "C/" (calle), a short one cut with
   * a dot (al., Str.), or a Hebrew one after a preposition's letter (מרחוב, from the street).
   */
  private static boolean isStreetPrefix(Tokens tokens, int t) {
    return isStreetWordBeforeName(tokens, t) || tokens.is(t, CALLE_ABBREVIATION) && tokens.gapIs(t + 1, "/ ")
        || tokens.isAny(t, DOTTED_STREET_PREFIXES) && tokens.gapIs(t + 1, ". ") || hebrewPrefixLength(tokens, t) > 0;
  }

  /** A street word of the lexicon written before the name, capitalized if in lower case it is a common word. */
  private static boolean isStreetWordBeforeName(Tokens tokens, int t) {
    return tokens.has(t, STREET_PREFIX) && !(tokens.has(t, ALL_LOWER) && tokens.isAny(t, WORD_LIKE_STREET_PREFIXES));
  }

  /** Street words that in lower case are the words "way" and "neighbourhood": Yoruba ọ̀nà, Welsh ffordd, Swahili mtaa. */
  private static final long[] WORD_LIKE_STREET_PREFIXES = Tokens.keys("ọ̀nà ffordd mtaa");

  /**
   * 1 if token {@code t} is a street word of the lexicon (רחוב, שדרות) after the one letter of a
   * preposition or conjunction that Hebrew joins to the word (ב in, מ from, ל to, ו and, ה the, ש
   * that): מרחוב הרצל, ברחוב דיזנגוף. The letter is no part of the address. Else 0.
   */
  private static int hebrewPrefixLength(Tokens tokens, int t) {
    if (!tokens.has(t, CASELESS) || tokens.length(t) < 4 || HEBREW_PREFIX_LETTERS.indexOf(tokens.text().charAt(tokens.start(t))) < 0) {
      return 0; // most tokens, by their flags and first letter
    }
    CharSequence word = tokens.text().subSequence(tokens.start(t) + 1, tokens.end(t));
    return (Lexicon.get().flags(word) & STREET_PREFIX) != 0 ? 1 : 0;
  }

  private static final String HEBREW_PREFIX_LETTERS = "בלמוהש";

  /**
   * Street words that are other words (or names) unless cut with a dot: Polish al. (aleja), pl. (plac),
   * os. (osiedle), Romanian Str. (strada).
   */
  private static final long[] DOTTED_STREET_PREFIXES = Tokens.keys("al pl os str");

  private static final long CALLE_ABBREVIATION = Tokens.key("c");
  private static final long VIA = Tokens.key("via");
  private static final long CROSSING = Tokens.key("x");
  /**
   * Portuguese "of the" and Spanish "and", which English reads as function words (Rua do Almada, Calle 50 y Calle 53);
   * Swahili "of" (Mtaa wa Samora) and the Welsh article (Heol y Nant, Ffordd yr Orsaf).
   */
  private static final long[] STREET_NAME_LINKS = Tokens.keys("do y wa ya yr");

  /** True if token {@code t} is a link in lower case before a capitalized word of a street's name. */
  private static boolean isStreetNameLink(Tokens tokens, int t) {
    return tokens.isAny(t, STREET_NAME_LINKS) && tokens.has(t, ALL_LOWER) && tokens.has(t + 1, CAPITALIZED);
  }

  /** Cumhuriyet Mah. Gül Sok.: the first of the capitalized words before a street word, or -1. */
  private static int namedStreetStart(Tokens tokens, int streetWord) {
    int start = -1;
    for (int j = streetWord - 1; j >= Math.max(0, streetWord - MAX_STREET_WORDS) && isCapitalizedName(tokens, j); j--) {
      boolean abbreviation = tokens.has(j, STREET_SUFFIX) || AddressTail.isDistrictWord(tokens, j);
      if (!tokens.gapIs(j + 1, " ") && !(tokens.gapIs(j + 1, ". ") && abbreviation)) {
        break;
      }
      start = j;
    }
    return start;
  }

  /** Calle 93 #11-26, Carrera 7 No. 45-12: the house number after a street named by a number, or -1. */
  private static int houseNumberAfterNumberedStreet(Tokens tokens, int number) {
    boolean numberedStreet = tokens.has(number - 1, STREET_PREFIX) && (tokens.gapIs(number, " ") || tokens.gapIs(number, ". "))
        && (isSmallNumber(tokens, number) || isLetteredStreetNumber(tokens, number));
    if (!numberedStreet || number + 1 >= tokens.count()) {
      return -1;
    }
    int house = number + 1;
    if (isNumberMarker(tokens, house) && tokens.gapIs(house, " ")) {
      house++;
    } else if (!(tokens.gapIs(house, " #") || tokens.gapIs(house, " # "))) {
      return -1;
    }
    boolean houseNumber = tokens.has(house, ALL_DIGITS) && tokens.length(house) <= 7 || isLetteredPlateNumber(tokens, house);
    return house < tokens.count() && houseNumber ? house : -1;
  }

  /** The number of a Colombian house whose cross street holds a letter: the 11A-28 of "Calle 93 #11A-28". */
  private static boolean isLetteredPlateNumber(Tokens tokens, int t) {
    if (!tokens.has(t, HAS_DIGIT) || !tokens.has(t, JOINED) || tokens.length(t) > 8) {
      return false;
    }
    String text = tokens.text();
    int hyphen = text.indexOf('-', tokens.start(t));
    return hyphen > tokens.start(t) + 1 && hyphen < tokens.end(t) - 1 && isLetteredStreetNumber(text, tokens.start(t), hyphen)
        && Chars.isDigits(text, hyphen + 1, tokens.end(t));
  }

  /** A Colombian street numbered with a letter: Carrera 43A, Calle 7B. */
  private static boolean isLetteredStreetNumber(Tokens tokens, int t) {
    return isLetteredStreetNumber(tokens.text(), tokens.start(t), tokens.end(t));
  }

  private static boolean isLetteredStreetNumber(String text, int from, int to) {
    int length = to - from;
    return length >= 2 && length <= 4 && Chars.isUpper(text.charAt(to - 1)) && Chars.isDigits(text, from, to - 1);
  }

  /**
   * Most numbers in chat are no house number (times, amounts, versions), and the chars around a
   * number tell most of them apart, so these are read before the number's own.
   */
  private static boolean isHouseNumber(Tokens tokens, int t) {
    if (!tokens.has(t, HAS_DIGIT)) {
      return false;
    }
    String text = tokens.text();
    int prefix = numberPrefixLength(tokens, t);
    int start = tokens.start(t) + prefix;
    int end = tokens.end(t);
    if (end - start > 7) {
      return false;
    }
    boolean partOfANumber = end + 1 < text.length() && joinsDigits(text.charAt(end)) && Character.isDigit(text.charAt(end + 1));
    char before = start > 0 && prefix == 0 ? text.charAt(start - 1) : ' ';
    boolean afterUnit = before == '/' && isUnitAndSlash(tokens, t);
    // No:80, as Turkish addresses write it; No.167, as Indonesian ones do
    boolean afterMarker = (before == ':' || before == '.') && isNumberMarker(tokens, t - 1) && tokens.end(t - 1) == start - 1;
    // a field's name, not the hour of a time, before the colon: LOCATION:12 Fitzwilliam Square, as calendar files write it
    boolean afterLabel = before == ':' && tokens.has(t - 1, CAPITALIZED | ALL_UPPER) && tokens.end(t - 1) == start - 1
        && !tokens.has(t - 1, HAS_DIGIT);
    if (partOfANumber || isNumberSign(before) && !afterUnit && !afterMarker && !afterLabel) {
      return false;
    }
    if (!Character.isDigit(text.charAt(start))) {
      return false;
    }
    int digits = 0;
    int hyphen = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (c == '-') {
        hyphen = i;
      } else if (hyphen < 0 && digits > 0 && isSecondHouse(text, i, end)) {
        break; // the second or third house joined to its number: Oudegracht 347bis
      } else if (i < end - 1 && !(hyphen >= 0 && isHyphenatedSuffix(text, hyphen + 1, end))) {
        return false; // at most one letter, at the end (221B); or a suffix after a hyphen (14-III, 231-bis)
      }
    }
    if (text.charAt(end - 1) == 'h' && hyphen < 0) {
      return false; // an hour as French and Portuguese write it: "entre 9h et 13h"
    }
    boolean lastGroupOfANumber = tokens.has(t - 1, ALL_DIGITS) && tokens.gapIs(t, " ") // 433 34 9834 Park Avenue
        && tokens.has(t - 2, HAS_DIGIT) && tokens.gapIs(t - 1, " ");
    // a Hawaiian house number writes its zone before a hyphen: 95-1050; a phone its area code after the trunk prefix: 070-144
    boolean areaCode = hyphen > start + 1 && text.charAt(start) == '0';
    return (digits <= 5 || digits == 6 && hyphen > start) && !lastGroupOfANumber && !areaCode;
  }

  /** The floor of a Dutch house in Roman numerals (14-III) or words (119-hs), or its second or third house (231-bis, 12-ter). */
  private static boolean isHyphenatedSuffix(String text, int from, int to) {
    if (isSecondHouse(text, from, to) || isDutchFloorWord(text, from, to)) {
      return true;
    }
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != 'I' && text.charAt(i) != 'V') {
        return false;
      }
    }
    return true;
  }

  /** hs (huis) and bg (begane grond): the Dutch ground floor after its house number (Witte de Withstraat 119-hs). */
  private static boolean isDutchFloorWord(String text, int from, int to) {
    return to - from == 2 && (text.regionMatches(true, from, "hs", 0, 2) || text.regionMatches(true, from, "bg", 0, 2));
  }

  /** bis or ter: the second or third house of one number (231-bis, 12ter). */
  private static boolean isSecondHouse(String text, int from, int to) {
    return to - from == 3 && (text.regionMatches(true, from, "bis", 0, 3) || text.regionMatches(true, from, "ter", 0, 3));
  }

  /**
   * The length of what a house number's token opens with that is no part of it, else 0: a Zulu or Xhosa
   * prefix and its hyphen ("kwe-17 Musgrave Road", at 17 Musgrave Road), or words of a script written
   * without spaces ("地址1288 Stockton St", address 1288 Stockton St).
   */
  private static int numberPrefixLength(Tokens tokens, int t) {
    boolean cjk = tokens.has(t, Tokens.HAS_CJK);
    if (!tokens.has(t, HAS_DIGIT) || !cjk && !(tokens.has(t, JOINED) && Chars.isLower(tokens.text().charAt(tokens.start(t))))) {
      return 0; // most tokens, by their flags and first char
    }
    String text = tokens.text();
    int digits = tokens.start(t);
    while (digits < tokens.end(t) && !Chars.isDigit(text.charAt(digits))) {
      digits++;
    }
    int prefix = digits - tokens.start(t);
    boolean unspaced = prefix > 0 && Chars.isUnspacedScript(text.charAt(digits - 1));
    return (cjk ? unspaced : NumberPrefixes.lengthBefore(text, digits) == prefix) ? prefix : 0;
  }

  /** A post box is no street: PO Box 1142, Postfach 10 01 23, Apartado 45. */
  private static final long[] POST_BOXES = Tokens.keys("box postfach apartado casilla");

  /** Units of time after a number: "5 mins walk", "20 minuter på grund av" are durations, not addresses. */
  private static final long[] TIME_UNITS = Tokens.keys(
      "min mins minute minutes minuter minuten minuti minutos minuto minuut hr hrs hour hours sec secs seconds"
          // Vietnamese hours and minutes: "mở cửa từ 6 giờ sáng"
          + " giờ phút");

  /**
   * True if the number is a day that "de" and a month in lower case follow, as Spanish and Portuguese
   * write dates: "choque en la Av. Providencia el 3 de mayo". A street named after a date writes its
   * month capitalized (Calle 5 de Mayo 427).
   */
  private static boolean isDayOfMonth(Tokens tokens, int number) {
    return tokens.is(number + 1, DE) && tokens.isAny(number + 2, MONTHS) && tokens.has(number + 2, ALL_LOWER)
        && tokens.gapIs(number + 1, " ") && tokens.gapIs(number + 2, " ");
  }

  /**
   * "Return on 22 Oct, EZY 6918": a day and a month's name that punctuation, a year or a word in
   * lower case follows; not a house number's suffix (11 ter, as Portuguese shortens Tuesday), nor a
   * name that a capitalised word or a street word goes on (14 Jan Smuts Avenue, 5 May Road).
   */
  private static boolean isDate(Tokens tokens, int number) {
    int next = number + 2;
    return CalendarWords.isDayBeforeMonth(tokens, number) && !tokens.isAny(number + 1, AddressTail.HOUSE_NUMBER_SUFFIXES)
        && !tokens.has(next, STREET_SUFFIX) && !(tokens.gapIs(next, " ") && tokens.has(next, Tokens.CAPITALIZED));
  }

  private static final long DE = Tokens.key("de");
  private static final long[] MONTHS = Tokens.keys(
      "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"
          + " janeiro fevereiro março maio junho julho setembro outubro novembro dezembro");

  /** A sign before a number that makes it no house number: $5, €5, £5, #5, :45, 3/4, .5, +44, -5. */
  private static boolean isNumberSign(char c) {
    return switch (c) {
      case '$', '€', '£', '#', ':', '/', '.', '+', '-' -> true;
      default -> false;
    };
  }

  /** The dot, colon or comma within a number: 10.8.0.0, 2.5, 10:30, 1,200 (an address, a decimal, a time, an amount). */
  private static boolean joinsDigits(char c) {
    return c == '.' || c == ':' || c == ',';
  }

  /** 3/45 Smith Street: the unit's number and a slash before the house number, as Australians write it; not a date. */
  private static boolean isUnitAndSlash(Tokens tokens, int number) {
    int unit = number - 1;
    if (unit < 0 || !tokens.gapIs(number, "/")) {
      return false; // most numbers
    }
    boolean date = unit > 0 && tokens.gapIs(unit, "/") || number + 1 < tokens.count() && tokens.gapIs(number + 1, "/");
    return tokens.has(unit, ALL_DIGITS) && tokens.length(unit) <= 4 && !date;
  }

  /** True if token {@code t} ends as a compound street's name does, after three chars or more of its own: Hauptstraße, Laugavegur. */
  private static boolean hasCompoundStreetEnding(Tokens tokens, int t) {
    for (String ending : COMPOUND_STREET_ENDINGS) {
      if (tokens.length(t) > ending.length() + 2 && endsWith(tokens, t, ending)) {
        return true;
      }
    }
    return false;
  }

  /** True if token {@code t} ends with {@code ending}, ignoring case: compared in place, as this is asked of every word before a number. */
  private static boolean endsWith(Tokens tokens, int t, String ending) {
    int from = tokens.end(t) - ending.length();
    return from >= tokens.start(t) && tokens.text().regionMatches(true, from, ending, 0, ending.length());
  }

  private static String word(Tokens tokens, int t) {
    return tokens.text().substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
  }

  /** A word that can be part of a street or city name; "Will" in "Will Way" is one, "will" is not. */
  static boolean isNameWord(Tokens tokens, int t) {
    if (t < 0 || t >= tokens.count() || tokens.has(t, HAS_DIGIT)) {
      return false;
    }
    return !tokens.has(t, FUNCTION_WORD) || tokens.has(t, CAPITALIZED) && tokens.has(t, Lexicon.FIRST_NAME | Lexicon.LAST_NAME);
  }

  private static boolean isCapitalizedName(Tokens tokens, int t) {
    return isNameWord(tokens, t) && tokens.has(t, CAPITALIZED);
  }

  static boolean isOrdinal(Tokens tokens, int t) {
    if (t >= tokens.count() || !tokens.has(t, HAS_DIGIT) || tokens.has(t, ALL_DIGITS)) {
      return false;
    }
    return tokens.length(t) <= 5 && (ORDINAL.matcher(word(tokens, t)).matches() || isTamilOrdinal(tokens, t));
  }

  /** 3வது: a Tamil ordinal, which numbers streets as "3rd" does (அண்ணா நகர் 3வது தெரு). */
  private static boolean isTamilOrdinal(Tokens tokens, int t) {
    String text = tokens.text();
    int start = tokens.start(t);
    int end = tokens.end(t);
    return end - start >= 4 && text.startsWith(TAMIL_ORDINAL_ENDING, end - 3) && Chars.isDigits(text, start, end - 3);
  }

  private static final String TAMIL_ORDINAL_ENDING = "\u0bb5\u0ba4\u0bc1";

  /** A number that can be part of a street's name: Calle 5 de Mayo, Calle 93, 5th Block. */
  static boolean isSmallNumber(Tokens tokens, int t) {
    return tokens.has(t, ALL_DIGITS) && tokens.length(t) <= 3 || isOrdinal(tokens, t);
  }

  /** The token exists and a space (or an abbreviation's dot: "St. Mary") separates it from the previous one. */
  private static boolean spaced(Tokens tokens, int t) {
    if (t <= 0 || t >= tokens.count()) {
      return false;
    }
    boolean abbreviation = !tokens.has(t - 1, HAS_DIGIT) && tokens.length(t - 1) <= 4;
    return tokens.gapIs(t, " ") || tokens.gapIs(t, ". ") && abbreviation;
  }
}
