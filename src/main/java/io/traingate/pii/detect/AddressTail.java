package io.traingate.pii.detect;

import static io.traingate.pii.detect.Lexicon.DIRECTION;
import static io.traingate.pii.detect.Lexicon.FIRST_NAME;
import static io.traingate.pii.detect.Lexicon.FUNCTION_WORD;
import static io.traingate.pii.detect.Lexicon.GOV_CUE;
import static io.traingate.pii.detect.Lexicon.GREETING;
import static io.traingate.pii.detect.Lexicon.NAME_PARTICLE;
import static io.traingate.pii.detect.Lexicon.PLACE;
import static io.traingate.pii.detect.Lexicon.REGION_CODE;
import static io.traingate.pii.detect.Lexicon.RELATION;
import static io.traingate.pii.detect.Lexicon.SIGNOFF;
import static io.traingate.pii.detect.Lexicon.STREET_PREFIX;
import static io.traingate.pii.detect.Lexicon.STREET_SUFFIX;
import static io.traingate.pii.detect.Lexicon.TITLE;
import static io.traingate.pii.detect.Lexicon.UNIT;
import static io.traingate.pii.detect.Tokens.ALL_DIGITS;
import static io.traingate.pii.detect.Tokens.ALL_LOWER;
import static io.traingate.pii.detect.Tokens.ALL_UPPER;
import static io.traingate.pii.detect.Tokens.CAPITALIZED;
import static io.traingate.pii.detect.Tokens.CASELESS;
import static io.traingate.pii.detect.Tokens.HAS_DIGIT;
import static io.traingate.pii.detect.Tokens.JOINED;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What follows a street in one run, as addresses of many countries write it: comma-, dash- or
 * slash-separated segments of units ({@code Apt 4B}, {@code apto 802}, {@code 3º B}, {@code #12}),
 * districts and cities ({@code Col. Centro}, {@code Lekki Phase 1}, {@code Shibuya-ku}, {@code Rio de Janeiro}),
 * regions ({@code - MG}, {@code N.L.}) and postcodes ({@code 10115 Berlin}, {@code 114 55},
 * {@code 150-0002}, {@code SW1A 2AA}). It also tells whether the tail proves an address (a postcode,
 * a street word, a ward), which a street without a street word or a dwelling's number needs.
 *
 * <p>One instance reads one text, and holds the result of the last {@link #extend}.
 */
final class AddressTail {

  private static final int NONE = 0;
  private static final int SPACE = 1;
  private static final int COMMA = 2;
  private static final int DASH = 3;
  private static final int SLASH = 4;
  private static final int HASH = 5;
  /** One line break, maybe after a comma: the lines of an address on an envelope, or of a form. */
  private static final int LINE_BREAK = 6;

  /** More than any address writes; it bounds the work per candidate number, so that scanning stays linear. */
  private static final int MAX_SEGMENTS = 8;
  private static final int MAX_PLACE_TOKENS = 5;
  private static final int MAX_CITY_WORDS = 3;
  /** Words that start a place and may be abbreviated with a dot: Col. Centro, Brgy. San Antonio, Mah. */
  private static final long[] DISTRICT_WORDS = Tokens.keys(
      "col colonia fracc fraccionamiento brgy barangay barrio bairro mah mahalle mahallesi sector sec phase block blk"
          + " zone ward quartier urb urbanización"
          // an Irish county: Co. Mayo
          + " co"
          // Vietnamese wards, districts and cities, often in lower case before the name: phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
          + " phường quận huyện xã tp"
          // the sector in Hindi, Bengali and Urdu: सेक्टर 15, সল্টলেক সেক্টর ২, سیکٹر 4
          + " सेक्टर সেক্টর سیکٹر"
          // the Ethiopian district and neighbourhood, numbered after the sub-city: ቦሌ ክፍለ ከተማ ወረዳ 03
          + " ወረዳ ቀበሌ");
  /** District words that only an address writes before a place's name (or its number): they prove it, as a Japanese ward does. */
  private static final long[] WARD_WORDS = Tokens.keys("phường quận huyện colonia barangay brgy mahallesi ወረዳ ቀበሌ");
  /**
   * Lanes, streets and roads that a city numbers, as houses are, after the house: مکان نمبر 281، گلی نمبر 21;
   * বাড়ি নং 59, রোড নং 25; مکان 205، سٹریٹ 14 (the English "street" as Urdu writes it, also with its alif).
   */
  private static final long[] NUMBERED_LANES = Tokens.keys("گلی गली রোড سٹریٹ اسٹریٹ");
  /** Swahili "of", which links a street word to its name: Barabara ya Bagamoyo, Mtaa wa Uhuru. */
  private static final long[] STREET_NAME_LINKS = Tokens.keys("ya wa");
  /** The Arabic article as Swahili writes it in a city's name: Dar es Salaam. */
  private static final long[] PLACE_NAME_LINKS = Tokens.keys("es");
  /** Japanese wards, cities, towns and counties, written as a suffix: Shibuya-ku, Naka-ku. */
  private static final String[] WARD_SUFFIXES = {"-ku", "-shi", "-cho", "-machi", "-gun", "-mura"};
  /** The comma of Arabic script: شارع التحرير، الدقي. */
  static final char ARABIC_COMMA = '\u060c';
  /** The comma of Ethiopic script: ቦሌ መንገድ፣ የቤት ቁጥር 472፣ አዲስ አበባ. */
  static final char ETHIOPIC_COMMA = '\u1363';
  /** Place words that are cues of other entities or of chat, not of places. */
  private static final int CUE_WORDS = GREETING | SIGNOFF | TITLE | GOV_CUE | RELATION;

  private static final Pattern BRITISH_OUTWARD = Pattern.compile("[a-z]{1,2}\\d[a-z\\d]?");
  private static final Pattern BRITISH_INWARD = Pattern.compile("\\d[a-z]{2}");
  private static final Pattern CANADIAN_OUTWARD = Pattern.compile("[a-z]\\d[a-z]");
  private static final Pattern CANADIAN_INWARD = Pattern.compile("\\d[a-z]\\d");
  private static final Pattern CANADIAN_UNSPACED = Pattern.compile("[a-z]\\d[a-z]\\d[a-z]\\d");

  private final Tokens tokens;
  private final String text;
  private int last;
  private int end;
  private boolean proves;
  private boolean firstSegmentHoldsPostcode;
  private boolean startsWithPostcode;
  private boolean startsWithCityAndPostcode;
  private boolean namesWard;
  private int segments;
  /** Where a postcode ends inside its token, when text without spaces follows it (Japanese); else -1. */
  private int postcodeCut;
  /** True if the last segment read is a place that is also a given name, which only a segment after it keeps. */
  private boolean givenNameSegment;
  private int postcodeStart;
  private boolean postcodeAfterRegion;

  AddressTail(Tokens tokens) {
    this.tokens = tokens;
    this.text = tokens.text();
  }

  /** The last token of the address, street and tail. */
  int last() {
    return last;
  }

  /** Where the address ends in the text (inside {@link #last()}'s token when text without spaces follows). */
  int end() {
    return end;
  }

  /** True if the tail holds a postcode, a street word or a ward: the run is an address. */
  boolean provesAddress() {
    return proves;
  }

  /** True if the tail names a ward or district as only addresses do: Shibuya-ku, phường Bến Nghé, Brgy. Poblacion. */
  boolean namesWard() {
    return namesWard;
  }

  /** True if the tail's first segment starts with a postcode: Am Hang 7, 82041 Oberhaching. */
  boolean startsWithPostcode() {
    return startsWithPostcode;
  }

  /**
   * True if the tail's first segment is a city and a postcode that is more than four digits, which
   * after a word are as often a count or a year (Genesis 1200): Ermou 45, Athina 105 63.
   */
  boolean startsWithCityAndPostcode() {
    return startsWithCityAndPostcode;
  }

  /** True if the tail's first segment holds a postcode: 45 Kingsway, London WC2B 6TE. */
  boolean firstSegmentHoldsPostcode() {
    return firstSegmentHoldsPostcode;
  }

  /** Reads the tail after token {@code street}, the last token of a street (or of a dwelling's number). */
  void extend(int street) {
    last = street;
    end = tokens.end(street);
    proves = false;
    firstSegmentHoldsPostcode = false;
    startsWithPostcode = false;
    startsWithCityAndPostcode = false;
    namesWard = false;
    segments = 0;
    int k = street + 1;
    if (tokens.has(k, DIRECTION) && gapIs(k, " ") && (tokens.has(k, ALL_UPPER) || separator(k + 1) == COMMA)) {
      last = k++; // 100 Queen St W
      end = tokens.end(last);
    } else if ((tokens.isAny(k, HOUSE_NUMBER_SUFFIXES) || isDutchFloor(k)) && gapIs(k, " ") && tokens.has(street, HAS_DIGIT)) {
      last = k++; // Oudegracht 214 bis, Vondelstraat 518 II
      end = tokens.end(last);
    } else if (tokens.has(street, ALL_DIGITS) && (gapIs(k, ". ") || gapIs(k, "., ")) && hungarianFloorEnd(k) >= 0) {
      last = hungarianFloorEnd(k); // Andrássy út 47. 2. em. 5.
      k = last + 1;
      end = tokens.end(last);
    }
    // the tail as it was before its first line break, kept until a later line proves the address (a postcode, a street word)
    // the tail before a place that is a given name, kept until another segment follows it ("12 Oak St, John." ends at St)
    int lastBeforeName = -1;
    int endBeforeName = -1;
    int lastBeforeBreak = -1;
    int endBeforeBreak = -1;
    boolean provesBeforeBreak = false;
    while (k < tokens.count() && segments < MAX_SEGMENTS) {
      int separator = separator(k);
      if (separator == LINE_BREAK && lastBeforeBreak < 0) {
        lastBeforeBreak = last;
        endBeforeBreak = end;
        provesBeforeBreak = proves;
        proves = false;
      }
      int segment = segment(k, separator);
      if (segment < 0) {
        break;
      }
      if (!givenNameSegment) {
        lastBeforeName = -1;
      } else if (lastBeforeName < 0) {
        lastBeforeName = last;
        endBeforeName = end;
      }
      last = segment;
      segments++;
      if (postcodeCut >= 0) {
        end = postcodeCut;
        break;
      }
      end = tokens.end(segment);
      k = segment + 1;
    }
    if (lastBeforeName >= 0) {
      last = lastBeforeName;
      end = endBeforeName;
    }
    if (lastBeforeBreak >= 0 && !proves) {
      last = lastBeforeBreak;
      end = endBeforeBreak;
    }
    proves |= provesBeforeBreak;
  }

  /** True if a line break (maybe after a comma) is all that separates token {@code k} from the one before. */
  boolean breaksLineBefore(int k) {
    return separator(k) == LINE_BREAK;
  }

  /** The kind of separator between token {@code k - 1} and token {@code k}. */
  private int separator(int k) {
    if (k <= 0 || k >= tokens.count()) {
      return NONE;
    }
    int from = tokens.end(k - 1);
    int to = tokens.start(k);
    if (to - from > 4) {
      return NONE;
    }
    int commas = 0;
    int dashes = 0;
    int slashes = 0;
    int hashes = 0;
    int semicolons = 0;
    int spaces = 0;
    int lineBreaks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> lineBreaks++;
        case '\r' -> {
          if (i + 1 == to || text.charAt(i + 1) != '\n') {
            return NONE;
          }
        }
        case ',', ARABIC_COMMA, ETHIOPIC_COMMA -> commas++;
        case '-', '–' -> dashes++;
        case '/' -> slashes++;
        case '#' -> hashes++;
        case ';' -> semicolons++;
        case ' ' -> spaces++;
        case '.' -> {
          if (i != from) {
            return NONE; // a dot only ends the abbreviation before it: "St., Makati"
          }
        }
        default -> {
          return NONE;
        }
      }
    }
    boolean dot = text.charAt(from) == '.';
    if (semicolons > 0) {
      // the fields of a vCard's ADR, which a semicolon alone parts: 14 Clontarf Road;Dublin 3;D03 K2V8
      return semicolons == 1 && to - from == 1 ? COMMA : NONE;
    }
    if (lineBreaks > 0) {
      return lineBreaks == 1 && commas <= 1 && dashes + slashes + hashes == 0 && !dot ? LINE_BREAK : NONE;
    }
    if (hashes == 1) {
      return commas + dashes + slashes == 0 || commas == 1 ? HASH : NONE;
    }
    if (commas + dashes + slashes != 1) {
      return spaces == 1 && commas + dashes + slashes == 0 && !dot ? SPACE : NONE;
    }
    if (commas == 1) {
      return spaces <= 1 ? COMMA : NONE;
    }
    if (dot) {
      return NONE;
    }
    return dashes == 1 ? (spaces == 2 ? DASH : NONE) : SLASH;
  }

  /** The last token of the segment at {@code k}, or -1 if none starts there. */
  private int segment(int k, int separator) {
    postcodeCut = -1;
    givenNameSegment = false;
    switch (separator) {
      case NONE -> {
        return -1;
      }
      case HASH -> { // #799
        return tokens.has(k, HAS_DIGIT) && tokens.length(k) <= 6 ? k : -1;
      }
      case SLASH -> { // No: 165/7, then Çankaya/Ankara
        if (tokens.has(k, ALL_DIGITS)) {
          return tokens.length(k) <= 4 && tokens.has(k - 1, ALL_DIGITS) ? k : -1;
        }
        return place(k, separator);
      }
      default -> {
        int labelled = labelledPostcode(k, separator);
        if (labelled >= 0) {
          return labelled;
        }
        if (separator == COMMA && isPlaceJoinedToWard(k)) {
          proves = true; // बानेश्वर-१०, काठमाडौं
          namesWard = true;
          return k;
        }
        int careOf = separator == COMMA ? careOfEnd(k) : -1;
        if (careOf >= 0) {
          return careOf;
        }
        if (separator == COMMA && isLetteredSector(k)) {
          // G-9/4, F-7/2: an Islamabad-style sector and its sub-sector after a slash
          return gapIs(k + 1, "/") && tokens.has(k + 1, ALL_DIGITS) && tokens.length(k + 1) == 1 ? k + 1 : k;
        }
        int unit = unit(k, separator);
        if (unit >= 0) {
          return unit;
        }
        int postcode = postcodeAndCity(k, separator);
        return postcode >= 0 ? postcode : place(k, separator);
      }
    }
  }

  private static final long CARE = Tokens.key("c");
  private static final long OF = Tokens.key("o");

  /**
   * Sonnenstraße 8, c/o Werkstatt, 90402 Nürnberg: the last token of the capitalized name that "care
   * of" opens, in a segment of its own that a comma ends, so the tail goes on to the city; or -1.
   */
  private int careOfEnd(int k) {
    if (!tokens.is(k, CARE) || !gapIs(k + 1, "/") || !tokens.is(k + 1, OF) || !gapIs(k + 2, " ")) {
      return -1; // most segments, by their first token
    }
    int last = k + 1;
    for (int t = k + 2; t < k + 2 + MAX_CITY_WORDS && tokens.has(t, CAPITALIZED) && isNameWord(t) && (t == k + 2 || gapIs(t, " ")); t++) {
      last = t;
    }
    return last > k + 1 && separator(last + 1) == COMMA ? last : -1;
  }

  /** Apt 4B, apto 802, scala B, 3º B, 4º izq., 2nd Floor, 2. OG links, 34 A 12: the last token, or -1. */
  private int unit(int k, int separator) {
    // Brazilian addresses part a unit with dashes, as they part the district and the state: Rua das Flores, 88 - apto 37 - Centro
    boolean unitWordAfterDash = separator == DASH && tokens.has(k, UNIT);
    if (separator != SPACE && separator != COMMA && separator != LINE_BREAK && !unitWordAfterDash) {
      return -1;
    }
    if (tokens.has(k, UNIT)) {
      // with its word for "number" between: House No. 39, गली नं. 4
      int number = StreetAddressDetector.isNumberMarker(tokens, k + 1) && gapIs(k + 1, " ") ? k + 2 : k + 1;
      boolean joined = gapIs(number, " ") || gapIs(number, ". ") || gapIs(number, ": ")
          || gapIs(number, " #");
      boolean numbered = tokens.has(number, HAS_DIGIT) && tokens.length(number) <= 6 || isLetter(number);
      if (number >= tokens.count() || !joined || !numbered) {
        return -1;
      }
      proves |= tokens.isAny(k, NUMBERED_LANES) && tokens.has(number, HAS_DIGIT);
      return number;
    }
    if (separator == COMMA && tokens.isAny(k, GROUND_FLOORS) && tokens.has(k, ALL_LOWER)) {
      // bajo A; st. tv., the Danish ground floor's left door
      return gapIs(k + 1, " ") && isLetter(k + 1) || gapIs(k + 1, ". ") && tokens.isAny(k + 1, DANISH_DOORS) ? k + 1 : k;
    }
    if (isOrdinal(k) && tokens.has(k + 1, UNIT) && gapIs(k + 1, " ")) {
      return k + 1;
    }
    if (tokens.isAny(k, TURKISH_UNIT_LETTERS) && tokens.has(k, CAPITALIZED) && gapIs(k + 1, ": ") && isSmallNumber(k + 1)) {
      return k + 1; // D: 8
    }
    // before the postcode: after the city, "3. OG" is a note to the courier ("10961 Berlin, 3. OG links")
    if (!proves && isSmallNumber(k) && gapIs(k + 1, ". ") && tokens.isAny(k + 1, NUMBERED_FLOORS)) {
      int side = k + 2; // 2. th., 2. OG links
      return gapIs(side, " ") && tokens.isAny(side, DOOR_SIDES) ? side : k + 1;
    }
    if (separator == COMMA && isSmallNumber(k) && gapIs(k + 1, " ") && tokens.isAny(k + 1, FLIGHTS_OF_STAIRS)) {
      return k + 1; // 4 tr
    }
    if (separator == SPACE && segments == 0 && isLetter(k) && tokens.has(k - 1, HAS_DIGIT)) {
      // the staircase and the flat after the house number, as Finnish and Swedish addresses write them: 34 A 12
      int flat = gapIs(k + 1, " ") && tokens.has(k + 1, ALL_DIGITS) && tokens.length(k + 1) <= 3 ? k + 1 : k;
      return endsRun(flat) ? flat : -1;
    }
    int floor = floorEnd(k);
    if (floor < 0 || separator != COMMA && separator != LINE_BREAK) {
      return -1;
    }
    int side = floor + 1; // the door on that floor: 3º B, 5º 2ª, 4º izq., 4.º Esq., 3.º Dto, 2n 1a
    boolean door = side < tokens.count() && (gapIs(side, " ") || gapIs(side, DEGREE_SIGN + " "))
        && (tokens.length(side) == 1 && tokens.has(side, ALL_UPPER) || floorEnd(side) == side || isAbbreviation(side)
            || tokens.isAny(side, DOOR_SIDES));
    return door ? side : floor;
  }

  /**
   * The floor and door after a Hungarian house number, each number written with a dot as Hungarian
   * writes ordinals, the floor also in Roman numerals: 47. 2. em. 5. (second floor, door 5), 31. II. em. 4.,
   * fsz. 3. (ground floor): the last token, or -1.
   */
  private int hungarianFloorEnd(int k) {
    boolean floorNumber = isSmallNumber(k) || isRomanFloor(k); // 2. em., II. em.
    int floor = tokens.isAny(k, HUNGARIAN_FLOORS) ? k : floorNumber && gapIs(k + 1, ". ") && tokens.isAny(k + 1, HUNGARIAN_FLOORS) ? k + 1 : -1;
    if (floor < 0) {
      return -1;
    }
    int door = floor + 1;
    boolean numberedDoor = gapIs(door, ". ") && tokens.has(door, ALL_DIGITS) && tokens.length(door) <= 3
        && tokens.end(door) < text.length() && text.charAt(tokens.end(door)) == '.';
    return numberedDoor ? door : floor;
  }

  /** The Hungarian floor (emelet) and ground floor (földszint), cut with a dot: 2. em., fsz. */
  private static final long[] HUNGARIAN_FLOORS = Tokens.keys("em fsz");

  /**
   * The ground floor as a segment of its own, in lower case: Spanish "bajo" (with its door: bajo A)
   * and Danish "st." (stuen): Nørrebrogade 69, st., 2200 København N.
   */
  private static final long[] GROUND_FLOORS = Tokens.keys("bajo st");
  /** The doors of a Danish floor: left, right, middle (st. tv., 2. th., 3. mf.). */
  private static final long[] DANISH_DOORS = Tokens.keys("tv th mf");

  /** Turkish addresses number the flat and the floor after a letter: D: 8 (daire), K: 3 (kat). */
  private static final long[] TURKISH_UNIT_LETTERS = Tokens.keys("d k");
  /**
   * Which door of a floor, in Portuguese without a dot (3.º Dto, 2.º Esq.), in Spanish written out
   * or cut (2º izquierda, 3º izq) and in German (2. OG links).
   */
  private static final long[] DOOR_SIDES = Tokens.keys("dto dta esq esqo frt izquierda derecha izda izq dcha centro links rechts");
  /**
   * A floor after its number and a dot: the door on a Danish floor, 2. th. (right), 1. tv. (left),
   * 3. mf. (middle), 3. sal (floor); and the German floor, 2. OG (Obergeschoss), 3. Stock, 1. Etage.
   */
  private static final long[] NUMBERED_FLOORS = Tokens.keys("th tv mf sal og dg stock etage");
  /** The floor as Swedish addresses count it, in flights of stairs after the number: Sveavägen 44, 4 tr. */
  private static final long[] FLIGHTS_OF_STAIRS = Tokens.keys("tr trappor");
  /** The floor of a Dutch house in Roman numerals after its number: the II of "Vondelstraat 518 II". */
  private boolean isDutchFloor(int t) {
    return isRomanFloor(t) && (separator(t + 1) == COMMA || t + 1 >= tokens.count());
  }

  /** A low floor in Roman numerals, in capitals: II. */
  private boolean isRomanFloor(int t) {
    return tokens.has(t, ALL_UPPER) && tokens.isAny(t, ROMAN_FLOORS);
  }

  private static final long[] ROMAN_FLOORS = Tokens.keys("i ii iii iv");

  /** 12 bis, 12 ter: the second and third house of one number, as French, Belgian and Dutch addresses write them. */
  static final long[] HOUSE_NUMBER_SUFFIXES = Tokens.keys("bis ter");
  /** The letters of Catalan ordinals of floors and doors: 1r, 2n, 3r, 4t, 1a. */
  private static final String CATALAN_ORDINAL_ENDINGS = "rnta";

  /**
   * A Spanish, Portuguese or Catalan floor or door (3º, 1ª, 4.º, 2n, 1a): its last token, or -1.
   */
  private int floorEnd(int t) {
    if (t >= tokens.count()) {
      return -1;
    }
    int length = tokens.length(t);
    char lastChar = text.charAt(tokens.end(t) - 1);
    boolean numbered = Chars.isDigit(text.charAt(tokens.start(t))) && Chars.isDigit(text.charAt(tokens.end(t) - 2));
    if (length >= 2 && length <= 3 && numbered && (isOrdinalSign(lastChar) || CATALAN_ORDINAL_ENDINGS.indexOf(lastChar) >= 0)) {
      return t;
    }
    boolean doorGlued = length == 3 && Chars.isDigit(text.charAt(tokens.start(t))) && isOrdinalSign(text.charAt(tokens.end(t) - 2))
        && Chars.isUpper(lastChar);
    if (doorGlued) {
      return t; // the door glued to the floor: 2ºB
    }
    // 5° A: the degree sign that keyboards offer in place of º, which the token leaves out; before the postcode, as after
    // the city "4° piano con ascensore" describes the flat
    if (!proves && tokens.has(t, ALL_DIGITS) && length <= 2 && tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == DEGREE_SIGN) {
      return t;
    }
    int sign = t + 1; // 4.º: the dot parts the number from its sign
    boolean dotted = tokens.has(t, ALL_DIGITS) && length <= 2 && gapIs(sign, ".") && tokens.length(sign) == 1
        && isOrdinalSign(text.charAt(tokens.start(sign)));
    return dotted ? sign : -1;
  }

  private static final char DEGREE_SIGN = '\u00b0';

  /** The sign of a Spanish or Portuguese ordinal: 3º, 1ª. */
  private static boolean isOrdinalSign(char c) {
    return c == 'º' || c == 'ª';
  }

  /** A block, staircase or flat named by a capital letter: scala B, Depto B, 34 A. */
  private boolean isLetter(int t) {
    return t < tokens.count() && tokens.length(t) == 1 && tokens.has(t, ALL_UPPER);
  }

  /** A short lower-case word cut with a dot: izq., dcha. */
  private boolean isAbbreviation(int t) {
    int after = tokens.end(t);
    return tokens.length(t) <= 4 && !tokens.has(t, HAS_DIGIT | FUNCTION_WORD) && after < text.length() && text.charAt(after) == '.';
  }

  /**
   * کد پستی 4936771523, CEP 01310-100, PIN 560001: a postcode after the word for it, of any length a
   * country gives it (Iran's has ten digits, more than {@link #isPostcodeShape} takes alone); its last token, or -1.
   */
  private int labelledPostcode(int k, int separator) {
    if (separator != COMMA && separator != SPACE) {
      return -1;
    }
    int label = tokens.is(k, PERSIAN_CODE) && tokens.is(k + 1, PERSIAN_POSTAL) && gapIs(k + 1, " ") ? k + 1
        : tokens.isAny(k, POSTCODE_LABELS) ? k : -1;
    int number = label + 1;
    if (label < 0 || number >= tokens.count() || !(gapIs(number, " ") || gapIs(number, ": "))) {
      return -1;
    }
    int start = tokens.start(number);
    int length = tokens.length(number);
    boolean digits = tokens.has(number, ALL_DIGITS) && length >= MIN_LABELLED_POSTCODE && length <= MAX_LABELLED_POSTCODE;
    if (!digits && !(tokens.has(number, HAS_DIGIT) && isPostcodeShape(start, start + length))) {
      return -1;
    }
    proveBy(number, true);
    return number;
  }

  /** The Persian "code" and "postal" of کد پستی. */
  private static final long PERSIAN_CODE = Tokens.key("کد");
  private static final long PERSIAN_POSTAL = Tokens.key("پستی");
  /** One-word labels of a postcode: Brazil's CEP, India's PIN, Germany's PLZ. */
  private static final long[] POSTCODE_LABELS = Tokens.keys("cep pin pincode plz zip postcode کدپستی");
  private static final int MIN_LABELLED_POSTCODE = 4;
  private static final int MAX_LABELLED_POSTCODE = 10;

  /** 10115 Berlin, 03940 Ciudad de México, 114 55 Stockholm, 2196: the last token, or -1. */
  private int postcodeAndCity(int k, int separator) {
    if (separator != SPACE && separator != COMMA && separator != DASH && separator != LINE_BREAK) {
      return -1;
    }
    int postcode = postcode(k);
    if (postcode < 0) {
      return -1;
    }
    proveBy(k, true);
    // British, Canadian and Irish postcodes, which start with a letter, follow their city: "D02 X285 since march" ends at X285;
    // the Argentine one goes before it (C1193AAE CABA)
    boolean cityFollows = Chars.isDigit(text.charAt(tokens.start(k))) || isArgentinePostcode(k) || isShortArgentinePostcode(k);
    if (postcodeCut >= 0 || !cityFollows) {
      return postcode;
    }
    int last = postcode;
    for (int words = 0; words < MAX_CITY_WORDS; words++) {
      int next = nextPlaceWord(last, postcode < last ? postcode + 1 : -1, false);
      // the city's name is capitalized, in a script with case, or else ends the run ("85838 bursa."): "42068-102 atrasou o
      // aluguel" goes on in the sentence
      if (next < 0 || last == postcode && !tokens.has(next, CAPITALIZED | CASELESS) && !endsRun(next)) {
        break;
      }
      last = next;
    }
    return last;
  }

  /**
   * Belo Horizonte, Col. Centro, Lekki Phase 1, N.L., Fresno CA 93721: the last token, or -1. A
   * place alone must be capitalized and end where the run does (a comma, a dash, the end of a
   * sentence), so that "12 Oak St, Anna said" does not take Anna. In lower case it needs a region
   * code or a postcode with letters after it (brooklyn ny 11201), not just a number ("cell 0039 …").
   */
  private int place(int k, int separator) {
    int last = k;
    boolean numbered = false;
    // Col. Centro, Quận 1, Sector 62, सेक्टर 15; in lower case before a capitalized name (phường Bến Nghé)
    // or in lower case before its number where the run ends, as Bucharest's sectors are written: nr. 58, sector 2, București
    boolean district = tokens.isAny(k, DISTRICT_WORDS) && (tokens.has(k, CAPITALIZED | CASELESS) || tokens.has(k + 1, CAPITALIZED)
        || tokens.has(k + 1, ALL_DIGITS) && isSmallNumber(k + 1) && gapIs(k + 1, " ") && endsRun(k + 1));
    boolean named = isNameWord(k + 1) || tokens.has(k + 1, ALL_DIGITS) && isSmallNumber(k + 1);
    if (district && (gapIs(k + 1, ". ") || gapIs(k + 1, " ")) && named) {
      last = nameAfterParticles(k + 1);
      numbered = tokens.has(last, ALL_DIGITS);
    } else if (isOrdinal(k) && gapIs(k + 1, " ") && isPlaceWord(k + 1) && tokens.has(k + 1, CAPITALIZED)) {
      last = k + 1; // 14th Cross, 34th Road
      numbered = true;
    } else if (isCityJoinedToPostcode(k)) {
      proveBy(k, false);
      return k;
    } else if (!isPlaceWord(k)) {
      return -1;
    }
    for (int tokensInPlace = last - k + 1; tokensInPlace < MAX_PLACE_TOKENS; tokensInPlace++) {
      int next = nextPlaceWord(last, district ? last : k, true); // phường Bến Nghé: the name sets the case
      if (next < 0) {
        break;
      }
      last = next;
    }
    if (gapIs(last + 1, " ") && isCityJoinedToPostcode(last + 1)) {
      proveBy(last + 1, false); // Navi Mumbai-400703
      return last + 1;
    }
    // a script without case (Arabic, Hebrew) writes its places as capitals do: الدقي، الجيزة 12611; תל אביב
    boolean capitalized = tokens.has(k, CAPITALIZED | CASELESS) || numbered || district;
    int postcode = postcodeAfterPlace(last);
    if (postcode < 0 && !capitalized) {
      postcode = lettersPostcodeAfterComma(last); // "52 sutton springs, lake natashashire, g54 9qe"
    }
    if (postcode >= 0 && (capitalized || postcodeAfterRegion || !tokens.has(postcode, ALL_DIGITS))) {
      proveBy(postcodeStart, false);
      return postcode;
    }
    postcodeCut = -1;
    boolean firstName = last == k && tokens.has(k, FIRST_NAME) && !tokens.has(k, PLACE); // "12 Oak St, John."
    // a district word starts a place clearly enough that it need not end the run: "TP. Hồ Chí Minh nhé"
    boolean setOff = separator(last + 1) == COMMA || isStateAfterDash(last + 1); // "Salvador, ", "Salvador - BA"
    if (separator == SPACE || !capitalized || firstName && !setOff || !endsRun(last) && !district) {
      return -1;
    }
    givenNameSegment = firstName; // a suburb named as people are, kept if a place follows: 7 Tawa Terrace, Ngaio, Wellington 6035
    boolean ward = district && tokens.isAny(k, WARD_WORDS);
    for (int t = k; t <= last; t++) {
      ward |= isWard(t) || t > k && tokens.isAny(t, WARD_WORDS);
      proves |= tokens.has(t, STREET_SUFFIX);
    }
    // a segment that a street word opens names the street: شقة 6، شارع الجميرا، دبي
    proves |= last > k && tokens.has(k, STREET_PREFIX);
    proves |= ward;
    namesWard |= ward;
    return last;
  }

  /**
   * The word that sets a district's case after the particles that open its name (Col. del Valle, Col. de
   * la Paz), or {@code t} where none does.
   */
  private int nameAfterParticles(int t) {
    int name = t;
    for (int particles = 0; particles < 2 && tokens.has(name, NAME_PARTICLE) && tokens.has(name, ALL_LOWER) && gapIs(name + 1, " "); particles++) {
      name++;
    }
    return name > t && isNameWord(name) && tokens.has(name, CAPITALIZED) ? name : t;
  }

  /**
   * The place's next word after {@code t} (a name, a particle within it, N.L., Phase 1), or -1. Its
   * words are all capitalized or all not, as the place's {@code first} word (if known) is.
   */
  private int nextPlaceWord(int t, int first, boolean numbers) {
    int next = t + 1;
    if (next >= tokens.count()) {
      return -1;
    }
    if (gapIs(next, ".") && tokens.length(t) == 1 && tokens.length(next) == 1 && tokens.has(next, ALL_UPPER)) {
      return next; // N.L.
    }
    if (isCaselessInitial(t) && gapIs(next, ". ") && isPlaceWord(next)) {
      return next; // தி. நகர் (T. Nagar)
    }
    if (!gapIs(next, " ")) {
      return -1;
    }
    boolean sameCase = first < 0 || tokens.has(next, CAPITALIZED) == tokens.has(first, CAPITALIZED);
    boolean number = numbers && tokens.has(t, CAPITALIZED | CASELESS) && isSmallNumber(next) && !isSplitPostcode(next);
    if (isPlaceWord(next) && sameCase || number) {
      return next;
    }
    // Rio de Janeiro; not "Antioquia el martes"; Barabara ya Bagamoyo
    boolean link = tokens.has(next, NAME_PARTICLE) || tokens.isAny(next, STREET_NAME_LINKS) && tokens.has(t, STREET_PREFIX)
        || tokens.isAny(next, PLACE_NAME_LINKS);
    boolean particle = link && gapIs(next + 1, " ") && isNameWord(next + 1)
        && tokens.has(next + 1, CAPITALIZED) == tokens.has(first >= 0 ? first : t, CAPITALIZED);
    return particle ? next + 1 : -1;
  }

  /**
   * A syllable of a script without case cut with a dot as an initial, which Tamil and Hindi place
   * names hold (தி. நகர், T. Nagar in Chennai): one letter and its vowel sign.
   */
  private boolean isCaselessInitial(int t) {
    return tokens.has(t, CASELESS) && tokens.length(t) <= 2 && !tokens.has(t, HAS_DIGIT);
  }

  /**
   * A postcode with letters (British, Canadian) in a segment of its own after a lower-case place, as
   * people type addresses in chat: its last token, or -1; sets {@link #postcodeStart}. A number alone
   * could be anything there.
   */
  private int lettersPostcodeAfterComma(int place) {
    int next = place + 1;
    if (next >= tokens.count() || !gapIs(next, ", ") || tokens.has(next, ALL_DIGITS)) {
      return -1;
    }
    int postcode = postcode(next);
    if (postcode < 0 || postcodeCut >= 0) {
      postcodeCut = -1;
      return -1;
    }
    postcodeStart = next;
    postcodeAfterRegion = false;
    return postcode;
  }

  /**
   * A postcode after a place (Fresno CA 93721, Tokyo 150-0002, Toronto ON M5H 2N2, springfield, il 62704):
   * its last token, or -1; sets {@link #postcodeStart} and {@link #postcodeAfterRegion}.
   */
  private int postcodeAfterPlace(int place) {
    int next = place + 1;
    postcodeStart = next;
    postcodeAfterRegion = false;
    int postcode = next < tokens.count() && (gapIs(next, " ") || separator(next) == LINE_BREAK) ? postcode(next) : -1;
    if (postcode < 0 && isIsraeliPostcode(place, next)) {
      postcode = next;
    }
    if (postcode >= 0) {
      postcodeAfterRegion = tokens.has(place, REGION_CODE);
      return postcode;
    }
    boolean region = tokens.has(next, REGION_CODE) && (gapIs(next, " ") || separator(next) == COMMA);
    postcodeStart = next + 1;
    postcodeAfterRegion = true;
    return region && gapIs(next + 1, " ") ? postcode(next + 1) : -1;
  }

  /**
   * True if token {@code next} is an Israeli postcode after the place in Hebrew: seven digits (תל אביב
   * 6473921), which elsewhere are as often the groups of a phone: no group of digits may follow it
   * (words may: תל אביב 6433208 לשדרות …).
   */
  private boolean isIsraeliPostcode(int place, int next) {
    return tokens.has(place, CASELESS) && tokens.has(next, ALL_DIGITS) && tokens.length(next) == 7 && gapIs(next, " ")
        && !(gapIs(next + 1, " ") && tokens.has(next + 1, HAS_DIGIT)) && isHebrew(text.charAt(tokens.start(place)));
  }

  private static boolean isHebrew(char c) {
    return c >= '\u05d0' && c <= '\u05ea';
  }

  /** A postcode proves an address, unless it is a four-digit number that reads as a year (Windows 10, 2004 Edition). */
  private void proveBy(int postcode, boolean leading) {
    boolean year = tokens.length(postcode) == 4 && tokens.has(postcode, ALL_DIGITS)
        && (text.startsWith("19", tokens.start(postcode)) || text.startsWith("20", tokens.start(postcode)));
    proves |= !year;
    firstSegmentHoldsPostcode |= !year && segments == 0;
    startsWithPostcode |= !year && segments == 0 && leading;
    boolean fourDigits = tokens.length(postcode) == 4 && tokens.has(postcode, ALL_DIGITS) && !isSplitPostcode(postcode);
    startsWithCityAndPostcode |= segments == 0 && !leading && !fourDigits;
  }

  /** The postcode starting at token {@code k}: its last token, or -1; sets {@link #postcodeCut}. */
  private int postcode(int k) {
    postcodeCut = -1;
    if (k >= tokens.count()) {
      return -1;
    }
    int start = tokens.start(k);
    int length = tokens.length(k);
    if (tokens.has(k, ALL_DIGITS)) {
      if (isSplitPostcode(k)) {
        return k + 1; // 114 55
      }
      boolean longerNumber = gapIs(k + 1, " ") && tokens.has(k + 1, ALL_DIGITS); // a phone: 0039 02 1777 0587
      return isPostcodeShape(start, start + length) && !longerNumber ? k : -1;
    }
    if (tokens.has(k, HAS_DIGIT) && Chars.isDigit(text.charAt(start))) {
      int digitsEnd = start;
      while (digitsEnd < tokens.end(k) && (Chars.isDigit(text.charAt(digitsEnd)) || text.charAt(digitsEnd) == '-')) {
        digitsEnd++;
      }
      if (isPostcodeShape(start, digitsEnd) && writtenWithoutSpaces(digitsEnd, tokens.end(k))) {
        postcodeCut = digitsEnd; // 811-5551までお願いします
        return k;
      }
      if (isDutchPostcode(start, tokens.end(k))) {
        return k; // 5634LG
      }
    } else if (tokens.has(k, JOINED) && tokens.has(k, Tokens.OTHER_DIGITS)) {
      postcodeCut = caseEndingCut(start, tokens.end(k)); // কলকাতা ৭০০০৯১-এ
      return postcodeCut >= 0 ? k : -1;
    } else if (isArgentinePostcode(k) || isShortArgentinePostcode(k)) {
      return k; // C1425BGQ, C1425 Buenos Aires
    }
    if (tokens.length(k) == 6 && tokens.has(k, HAS_DIGIT) && CANADIAN_UNSPACED.matcher(word(k)).matches()) {
      return k; // R1E7J3
    }
    int british = britishOrCanadianPostcode(k);
    return british >= 0 ? british : eircode(k);
  }

  /**
   * Bhopal-243661, Lahore-54000: a city joined to its postcode of five or six digits by a hyphen, as
   * Indian and Pakistani addresses write it.
   */
  private boolean isCityJoinedToPostcode(int t) {
    if (!tokens.has(t, JOINED) || !tokens.has(t, HAS_DIGIT) || !tokens.has(t, CAPITALIZED)) {
      return false; // most tokens, by their flags alone
    }
    int hyphen = hyphenBeforeTrailingDigits(t);
    int digits = tokens.end(t) - hyphen - 1;
    return hyphen > 0 && digits >= 5 && digits <= 6 && Chars.isDigits(text, hyphen + 1, tokens.end(t))
        && Character.isLetter(text.charAt(hyphen - 1));
  }

  /** Where the hyphen stands that joins the digits (of any script) ending token {@code t} to a part before them, or -1. */
  private int hyphenBeforeTrailingDigits(int t) {
    int digits = tokens.end(t);
    while (digits > tokens.start(t) && Character.isDigit(text.charAt(digits - 1))) {
      digits--;
    }
    int hyphen = digits - 1;
    return hyphen > tokens.start(t) && text.charAt(hyphen) == '-' ? hyphen : -1;
  }

  /** A Swedish or Greek postcode in its two groups: 114 55, 105 63. */
  private boolean isSplitPostcode(int k) {
    return tokens.length(k) == 3 && tokens.has(k, ALL_DIGITS) && gapIs(k + 1, " ") && tokens.has(k + 1, ALL_DIGITS)
        && tokens.length(k + 1) == 2;
  }

  /**
   * An Irish Eircode (H91 F2R4, D6W XK27): a routing key of a letter and two digits (D6W is Dublin 6
   * West), and four letters or digits that name the building; its last token, or -1.
   */
  private int eircode(int k) {
    if (k + 1 >= tokens.count() || tokens.length(k) != 3 || tokens.length(k + 1) != 4 || !tokens.has(k + 1, HAS_DIGIT)
        || !gapIs(k + 1, " ")) {
      return -1; // most tokens, by their lengths and flags alone
    }
    int key = tokens.start(k);
    boolean routingKey = Chars.isUpper(text.charAt(key)) && Chars.isDigit(text.charAt(key + 1))
        && (Chars.isDigit(text.charAt(key + 2)) || text.regionMatches(key, "D6W", 0, 3));
    return routingKey && isUpperAlnum(tokens.start(k + 1), tokens.end(k + 1)) ? k + 1 : -1;
  }

  private boolean isUpperAlnum(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isDigit(text.charAt(i)) && !Chars.isUpper(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A Dutch postcode written without its space: four digits, the first not 0, and two capitals (5634LG). */
  private boolean isDutchPostcode(int from, int to) {
    if (to - from != 6 || text.charAt(from) == '0') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (i - from < 4 ? !Chars.isDigit(c) : c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** An Argentine CPA: the province's letter, the old four-digit code and three letters for the block face (C1425BGQ). */
  private boolean isArgentinePostcode(int t) {
    if (tokens.length(t) != 8) {
      return false;
    }
    int from = tokens.start(t);
    for (int i = from; i < from + 8; i++) {
      char c = text.charAt(i);
      boolean digitPlace = i > from && i < from + 5;
      if (digitPlace ? !Chars.isDigit(c) : c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The CPA without its block face, as most Argentines write it: the province's letter (any but I and
   * O) and four digits, before the city (C1425 Buenos Aires, X5000 Córdoba). Codes of parts and models
   * look the same, so the city must follow.
   */
  private boolean isShortArgentinePostcode(int t) {
    if (tokens.length(t) != 5 || !tokens.has(t, CAPITALIZED) || !tokens.has(t, HAS_DIGIT)) {
      return false; // most tokens, by their flags
    }
    int from = tokens.start(t);
    char province = text.charAt(from);
    return province >= 'A' && province <= 'Z' && province != 'I' && province != 'O' && Chars.isDigits(text, from + 1, from + 5)
        && gapIs(t + 1, " ") && isPlaceWord(t + 1) && tokens.has(t + 1, CAPITALIZED);
  }

  /** 4 to 6 digits, or two groups joined by a hyphen: 01310-100, 1100-053, 150-0002, 00-514, 62704-1234. */
  private boolean isPostcodeShape(int from, int to) {
    int hyphen = -1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '-') {
        if (hyphen >= 0) {
          return false;
        }
        hyphen = i;
      }
    }
    if (hyphen < 0) {
      return to - from >= 4 && to - from <= 6;
    }
    int before = hyphen - from;
    int after = to - hyphen - 1;
    return before >= 2 && before <= 5 && after >= 3 && after <= 4 && before + after >= 5;
  }

  /** The longest case ending that Bengali joins to a number with a hyphen: "-এ", "-তে", "-এর". */
  private static final int MAX_CASE_ENDING = 3;

  /**
   * Where the postcode ends in a token of native digits that a hyphen joins to a case ending, as
   * Bengali writes one after a number ("কলকাতা ৭০০০৯১-এ", in Kolkata 700091); or -1.
   */
  private int caseEndingCut(int from, int to) {
    int digitsEnd = from;
    while (digitsEnd < to && Character.isDigit(text.charAt(digitsEnd))) {
      digitsEnd++;
    }
    int ending = to - digitsEnd - 1;
    if (digitsEnd == to || text.charAt(digitsEnd) != '-' || ending < 1 || ending > MAX_CASE_ENDING
        || !isPostcodeShape(from, digitsEnd)) {
      return -1;
    }
    for (int i = digitsEnd + 1; i < to; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.BENGALI || Character.isDigit(text.charAt(i))) {
        return -1;
      }
    }
    return digitsEnd;
  }

  /** True if the chars are letters of a script written without spaces (Japanese, Chinese, Thai). */
  private boolean writtenWithoutSpaces(int from, int to) {
    for (int i = from; i < to; i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
      boolean unspaced = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
      if (!unspaced) {
        return false;
      }
    }
    return to > from;
  }

  /** Outward + inward code (SW1A 2AA, K1A 0B1, in any case): the last token, or -1. */
  private int britishOrCanadianPostcode(int j) {
    if (j + 1 >= tokens.count() || !hasPostcodeCodeLengths(j) || !gapIs(j + 1, " ")) {
      return -1;
    }
    String outward = word(j);
    String inward = word(j + 1);
    boolean british = BRITISH_OUTWARD.matcher(outward).matches() && BRITISH_INWARD.matcher(inward).matches();
    boolean canadian = CANADIAN_OUTWARD.matcher(outward).matches() && CANADIAN_INWARD.matcher(inward).matches();
    return british || canadian ? j + 1 : -1;
  }

  /**
   * True if token {@code j} and the next are as long as an outward and an inward code and hold
   * digits, as the patterns ask: cheap to tell, so that most words are not lower-cased and matched.
   */
  private boolean hasPostcodeCodeLengths(int j) {
    int outward = tokens.length(j);
    return outward >= 2 && outward <= 4 && tokens.has(j, HAS_DIGIT) && tokens.length(j + 1) == 3 && tokens.has(j + 1, HAS_DIGIT);
  }

  /** True if the run of the address can end after token {@code t}: a comma, a dash, a sentence's end, text without spaces. */
  private boolean endsRun(int t) {
    int after = tokens.end(t);
    if (after >= text.length()) {
      return true;
    }
    char c = text.charAt(after);
    // also the Urdu full stop and the Ethiopic full stop and comma: ۔ ። ፣
    if (",;:.!?)/\n\r\u060c\u06d4\u1362\u1363".indexOf(c) >= 0) {
      return true;
    }
    if (c == ' ') {
      return separator(t + 1) == DASH || isProvinceInBrackets(after + 1) || tokens.isAny(t + 1, POSTPOSITIONS)
          || tokens.isAny(t + 1, DESTINATION_PREPOSITIONS) && tokens.has(t + 1, ALL_LOWER | CASELESS);
    }
    return writtenWithoutSpaces(after, after + 1);
  }

  /**
   * G-9, F-11: a sector named by a capital, a hyphen and a number of one or two digits, as Pakistani
   * cities name them; in Urdu the letter's name is spelt out (جی-9, ایف-11, آئی-8).
   */
  private boolean isLetteredSector(int k) {
    if (k >= tokens.count() || !tokens.has(k, HAS_DIGIT) || tokens.length(k) < 3 || tokens.length(k) > 6) {
      return false;
    }
    int start = tokens.start(k);
    int hyphen = text.indexOf('-', start);
    boolean letter = hyphen == start + 1 ? Chars.isUpper(text.charAt(start)) : hyphen > start && hyphen <= start + MAX_SPELT_LETTER
        && isArabicLetters(start, hyphen);
    int end = tokens.end(k);
    return letter && end - hyphen - 1 >= 1 && end - hyphen - 1 <= 2 && Chars.isDigits(text, hyphen + 1, end);
  }

  /** The longest name of a Latin letter in Urdu script: آئی (I). */
  private static final int MAX_SPELT_LETTER = 3;

  private boolean isArabicLetters(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.ARABIC || !Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * बानेश्वर-१०, Baneshwor-10 as Nepali addresses write it in Devanagari: a place joined by a hyphen to
   * the number of its ward, one or two digits; a ward proves the address. In a script without case
   * only: in Latin letters "Covid-19" has the shape.
   */
  private boolean isPlaceJoinedToWard(int k) {
    if (!tokens.has(k, JOINED) || !tokens.has(k, HAS_DIGIT) || !tokens.has(k, CASELESS)) {
      return false; // most tokens, by their flags alone
    }
    int hyphen = hyphenBeforeTrailingDigits(k);
    int digits = tokens.end(k) - hyphen - 1;
    return hyphen > 0 && digits >= 1 && digits <= 2
        && Character.UnicodeScript.of(text.charAt(hyphen - 1)) == Character.UnicodeScript.DEVANAGARI;
  }

  /** A state's code in capitals after its city and a dash, as Brazil writes it: Salvador - BA. */
  private boolean isStateAfterDash(int k) {
    return separator(k) == DASH && tokens.has(k, REGION_CODE) && tokens.has(k, ALL_UPPER);
  }

  /** An Italian province after its town: Popoli (PE). */
  private boolean isProvinceInBrackets(int at) {
    return at + 4 <= text.length() && text.charAt(at) == '(' && Chars.isUpper(text.charAt(at + 1))
        && Chars.isUpper(text.charAt(at + 2)) && text.charAt(at + 3) == ')';
  }

  /** A word that can start or continue a place: a name, or a region code in capitals (ME, ON). */
  private boolean isPlaceWord(int t) {
    boolean name = isNameWord(t) || tokens.has(t, REGION_CODE) && tokens.has(t, ALL_UPPER);
    return name && !tokens.has(t, CUE_WORDS) && !tokens.isAny(t, POSTPOSITIONS) && !tokens.isAny(t, DESTINATION_PREPOSITIONS)
        && !NameContext.isPhoneWord(tokens, t); // "አዲስ አበባ፣ ስልክ": a phone's label after the city is no place
  }

  /**
   * Urdu and Hindi postpositions (on, in, to, from, up to), which follow the place they govern: in a
   * script without case they end it, as the sentence goes on (مکان نمبر 23، گلی 5، لاہور پر بھیج دیں);
   * and Nepali ones (in, from, to, up to): "घर नं. 365, काठमाडौं मा पठाउनु".
   */
  private static final long[] POSTPOSITIONS = Tokens.keys("پر میں کو سے تک पर में को से तक मा बाट लाई सम्म");

  /**
   * "To" and "till" before the place a move or a trip goes to, after the address it leaves: they end
   * the place before them ("från Sveavägen 44, Stockholm till Umeå", "kutoka Mtaa wa Samora 18, Dar es
   * Salaam hadi Arusha", "من شارع التحلية 88، الجيزة إلى 15 شارع النصر"). English, Swedish, Dutch,
   * German, Swahili, Indonesian and Malay, Arabic (with and without its hamza) and Persian.
   */
  private static final long[] DESTINATION_PREPOSITIONS = Tokens.keys("to till naar nach hadi ke إلى الى تا");

  /** {@link Tokens#gapIs}, false where the token does not exist. */
  private boolean gapIs(int t, String gap) {
    return t > 0 && t < tokens.count() && tokens.gapIs(t, gap);
  }

  private boolean isNameWord(int t) {
    return StreetAddressDetector.isNameWord(tokens, t);
  }

  private boolean isSmallNumber(int t) {
    return StreetAddressDetector.isSmallNumber(tokens, t);
  }

  private boolean isOrdinal(int t) {
    return StreetAddressDetector.isOrdinal(tokens, t);
  }

  private boolean isWard(int t) {
    for (String suffix : WARD_SUFFIXES) {
      int from = tokens.end(t) - suffix.length();
      if (from > tokens.start(t) && text.regionMatches(true, from, suffix, 0, suffix.length())) {
        return true;
      }
    }
    return false;
  }

  /** Sector 15, सेक्टर 15, Block 4: a district word, capitalized or in a script without case, and its number. */
  static boolean isNumberedDistrict(Tokens tokens, int t) {
    return tokens.isAny(t, DISTRICT_WORDS) && tokens.has(t, CAPITALIZED | CASELESS) && tokens.has(t + 1, ALL_DIGITS)
        && tokens.gapIs(t + 1, " ");
  }

  /** Col., Brgy., Mah.: a district word, which starts a place and may be cut with a dot. */
  static boolean isDistrictWord(Tokens tokens, int t) {
    return tokens.has(t, CAPITALIZED) && tokens.isAny(t, DISTRICT_WORDS);
  }

  private String word(int t) {
    return text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
  }
}
