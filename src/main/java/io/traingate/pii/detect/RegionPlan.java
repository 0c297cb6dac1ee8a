package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.AlternateFormatsCountryCodeSet;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: its
 * country code, the trunk prefix that may precede national numbers, the formats that require it,
 * and how numbers are grouped. It reads a window of digits as libphonenumber's parser and its
 * matcher's strict grouping would, without their cost: digits that form a valid number of the
 * country code, written with the trunk prefix where the number's format requires one ("612345678"
 * is no French number, "0612345678" is), or after the country code written without "+", or after
 * the region's international prefix and any country code ("0039 02 1234 5678" from Germany, "011 39
 * …" from the US), each digit group of the number kept whole. {@code RegionPlanTest} and {@code
 * PhoneDetectorTest} hold it to the matcher's own results.
 *
 * <p>Validity is decided as {@code PhoneNumberUtil.isValidNumber} decides it, but on patterns
 * compiled once and filed under the number lengths they allow. libphonenumber looks the metadata
 * of every region of the country code up on each call (about 25 regions share +1), and recompiles
 * the patterns its small cache has dropped; here most digit runs have a length that no region of
 * the country code allows and need no pattern at all. Grouping is checked on the formats compiled
 * here, not on those the matcher's small cache compiles again and again: the matcher took about
 * 25 µs a number, a fifth of the redactor's time on chat.
 */
final class RegionPlan {

  /** Longer digit runs do not fit in the {@code long} of a national number. */
  private static final int MAX_NATIONAL_DIGITS = 17;
  /** The plans of the country codes dialled from abroad, each made when first needed. */
  private static final Map<Integer, RegionPlan> BY_COUNTRY_CODE = new ConcurrentHashMap<>();

  private final String code;
  private final int countryCode;
  /** What may precede the national number: the trunk prefix and the country code without "+" ("1" for both in +1). */
  private final List<String> writtenPrefixes;
  /** The trunk prefix ("0" in France), or "" where the region has none. */
  private final String trunkPrefix;
  /** The region's own general pattern of national numbers, and their longest length: when its parser strips a country code written without "+". */
  private final Pattern generalPattern;
  private final int longestNational;
  /** What is dialled from here before another country's code (00 in most regions, 011 in the US), or null. */
  private final Pattern internationalPrefix;
  /** By digit: whether the international prefix can start with it, so most digit runs need no match of its pattern. */
  private final boolean[] opensInternationalPrefix;
  /** The regions sharing the country code, in the order libphonenumber tries them. */
  private final List<Numbering> numberings;
  /** By national number length: whether any region of the country code has numbers that long. */
  private final boolean[] validLengths;
  /** How numbers are grouped when written with the country code, the first that applies counting ({@code PhoneNumberUtil.format}). */
  private final List<Format> internationalFormats;
  /** Other groupings libphonenumber accepts for the country code ("030 12345678" as well as "030 1234 5678"). */
  private final List<Format> alternateFormats;

  private RegionPlan(String code, PhoneMetadata metadata) {
    this.code = code;
    this.countryCode = metadata.getCountryCode();
    // libphonenumber's parser also strips the country code written without "+" ("33 1 42 68 53 00")
    this.writtenPrefixes = Stream.of(metadata.getNationalPrefix(), Integer.toString(metadata.getCountryCode()))
        .filter(prefix -> !prefix.isEmpty())
        .distinct()
        .toList();
    this.trunkPrefix = metadata.getNationalPrefix();
    this.generalPattern = Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern());
    this.longestNational = metadata.getGeneralDesc().getPossibleLengthList().stream().mapToInt(Integer::intValue).max().orElse(MAX_NATIONAL_DIGITS);
    this.internationalPrefix = metadata.getInternationalPrefix().isEmpty() ? null : Pattern.compile(metadata.getInternationalPrefix());
    this.opensInternationalPrefix = new boolean[10];
    for (int digit = 0; digit <= 9 && internationalPrefix != null; digit++) {
      Matcher start = internationalPrefix.matcher(Integer.toString(digit));
      opensInternationalPrefix[digit] = start.lookingAt() || start.hitEnd(); // hitEnd: more digits could complete a match
    }
    // A number dialled with this country code may belong to another region sharing it (07911 is Guernsey's, not Britain's).
    this.numberings = PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(countryCode).stream()
        .map(region -> new Numbering(metadataOf(region, countryCode)))
        .toList();
    this.validLengths = new boolean[MAX_NATIONAL_DIGITS + 1];
    for (int length = 1; length <= MAX_NATIONAL_DIGITS; length++) {
      for (Numbering numbering : numberings) {
        validLengths[length] |= numbering.generalByLength[length] != null;
      }
    }
    List<NumberFormat> international = metadata.getIntlNumberFormatCount() > 0 ? metadata.getIntlNumberFormatList() : metadata.getNumberFormatList();
    this.internationalFormats = international.stream().map(RegionPlan::format).toList();
    // asked only for country codes that have alternate formats: for the others libphonenumber logs a warning per code
    PhoneMetadata alternates = AlternateFormatsCountryCodeSet.getCountryCodeSet().contains(countryCode)
        ? DefaultMetadataDependenciesProvider.getInstance().getAlternateFormatsMetadataSource()
            .getFormattingMetadataForCountryCallingCode(countryCode)
        : null;
    this.alternateFormats = alternates == null ? List.of() : alternates.getNumberFormatList().stream().map(RegionPlan::format).toList();
  }

  static RegionPlan of(String code) {
    PhoneMetadata metadata = metadataOf(code, 0);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    return new RegionPlan(code, metadata);
  }

  /** The plan of a country code, made when first needed. */
  private static RegionPlan ofCountryCode(int countryCode) {
    // get first: computeIfAbsent locks the bin when the plan is not its first entry, on every call
    RegionPlan plan = BY_COUNTRY_CODE.get(countryCode);
    return plan != null ? plan : BY_COUNTRY_CODE.computeIfAbsent(countryCode, RegionPlan::read);
  }

  /** Reads the plan of a country code; non-geographic ones (+800, +882 …) have the region code "001". */
  private static RegionPlan read(int countryCode) {
    String region = PhoneNumberUtil.getInstance().getRegionCodeForCountryCode(countryCode);
    return new RegionPlan(region, metadataOf(region, countryCode));
  }

  private static PhoneMetadata metadataOf(String region, int countryCode) {
    var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
        ? source.getMetadataForNonGeographicalRegion(countryCode)
        : source.getMetadataForRegion(region);
  }

  String code() {
    return code;
  }

  /**
   * True if the window, whose digits are {@code digits}, is a valid number here: written
   * nationally with or without the trunk prefix or the country code, or after the international
   * prefix, and grouped as the number's formats group it, unless {@code anyGrouping} ("074104 11465"
   * is no British 07410 411465).
   */
  boolean holdsNumber(String window, String digits, boolean anyGrouping) {
    Numbering asWritten = validIn(digits);
    if (asWritten != null && !asWritten.needsTrunkPrefix(digits) && (anyGrouping || keepsGroups(countryCode, digits, window, digits))) {
      return true;
    }
    for (String prefix : writtenPrefixes) {
      String national = digits.startsWith(prefix) ? digits.substring(prefix.length()) : null;
      // the country code's regex test last: most readings fail on their length first
      if (national != null && readsAsNumberOf(this, national, window, digits, anyGrouping)
          && (prefix.equals(trunkPrefix) || parserStripsCountryCode(digits, national))) {
        return true;
      }
    }
    return isDialledAbroad(window, digits, anyGrouping);
  }

  /**
   * True if the digits written after "+" are a valid number: a country code, then the national
   * number, which may keep its trunk prefix ("+44 (0)20 …"). They may be grouped as their owner likes.
   */
  static boolean isValidInternational(String digits) {
    int codeLength = CallingCodes.lengthAt(digits, 0);
    if (codeLength == 0) {
      return false;
    }
    RegionPlan plan = ofCountryCode(Integer.parseInt(digits, 0, codeLength, 10));
    return plan.readsAsNumberAfterCountryCode(plan, digits.substring(codeLength), digits, digits, true);
  }

  /**
   * True if libphonenumber's parser reads the digits, which start with this region's country code
   * written without "+", as that code and the national number after it: if they are too long for a
   * national number here, or only the digits after the code fit the region's general pattern
   * ("33 1 42 68 53 00" in France; "49 1512 3456789" stays one German number, and no valid one).
   */
  private boolean parserStripsCountryCode(String digits, String national) {
    return digits.length() > longestNational || !generalPattern.matcher(digits).matches() && generalPattern.matcher(national).matches();
  }

  /** True if the national digits are a valid number of the plan's country code, and the window (of these digits) keeps their groups unless {@code anyGrouping}. */
  private boolean readsAsNumberOf(RegionPlan plan, String national, String window, String digits, boolean anyGrouping) {
    return plan.validIn(national) != null && (anyGrouping || keepsGroups(plan.countryCode, national, window, digits));
  }

  /**
   * True if the digits are the international prefix, a country code and a valid number of it, as
   * libphonenumber's parser reads them here: it strips the prefix unless a 0 follows (no country
   * code starts with 0), then takes the first one to three digits that form a known country code.
   */
  private boolean isDialledAbroad(String window, String digits, boolean anyGrouping) {
    if (internationalPrefix == null || digits.isEmpty() || !opensInternationalPrefix[digits.charAt(0) - '0']) {
      return false;
    }
    Matcher prefix = internationalPrefix.matcher(digits);
    if (!prefix.lookingAt() || prefix.end() == digits.length() || digits.charAt(prefix.end()) == '0') {
      return false;
    }
    int codeStart = prefix.end();
    int codeEnd = codeStart + CallingCodes.lengthAt(digits, codeStart);
    if (codeEnd == codeStart) {
      return false;
    }
    RegionPlan abroad = ofCountryCode(Integer.parseInt(digits, codeStart, codeEnd, 10));
    return readsAsNumberAfterCountryCode(abroad, digits.substring(codeEnd), window, digits, anyGrouping);
  }

  /** As {@link #readsAsNumberOf}, for the digits after the plan's country code, with or without its trunk prefix ("+44 (0)20 …"). */
  private boolean readsAsNumberAfterCountryCode(RegionPlan plan, String national, String window, String digits, boolean anyGrouping) {
    return readsAsNumberOf(plan, national, window, digits, anyGrouping)
        || !plan.trunkPrefix.isEmpty() && national.startsWith(plan.trunkPrefix)
            && readsAsNumberOf(plan, national.substring(plan.trunkPrefix.length()), window, digits, anyGrouping);
  }

  /**
   * True if the candidate, read as the number of {@code numbersCountryCode} with these national
   * digits (leading zeros included), keeps each digit group of the number together, as
   * libphonenumber's strict grouping decides: one of the number's formats (the international one,
   * or an alternate one for the country code) finds all its groups, in order, whole in the
   * candidate. Where the country has a trunk prefix, a candidate that runs on after the first group
   * without a separator must hold no separator after it at all ("0301234 567" is no grouping of 030
   * 1234567). At most one slash may stand in the number after the country code. The candidate's
   * digits are ASCII.
   */
  boolean keepsGroups(int numbersCountryCode, String national, String candidate, String candidateDigits) {
    String countryCodeDigits = Integer.toString(numbersCountryCode);
    boolean countryCodeWritten = numbersCountryCode != countryCode || writesCountryCode(countryCodeDigits, national, candidateDigits);
    if (hasSlashesAfterCountryCode(candidate, countryCodeWritten ? countryCodeDigits : null)) {
      return false;
    }
    int from = countryCodeWritten ? candidate.indexOf(countryCodeDigits) + countryCodeDigits.length() : 0;
    RegionPlan home = ofCountryCode(numbersCountryCode);
    if (home.remainsGrouped(candidate, from, national, home.groupsOf(national))) {
      return true;
    }
    for (Format alternate : home.alternateFormats) {
      if (alternate.fitsLeadingDigits(national) && home.remainsGrouped(candidate, from, national, alternate.groups(national))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the digits of a number of this region's own country code start with that code (after
   * "+" or without it), not with the national number or its trunk prefix. A number of another
   * country code always holds its code, after "+" or the international prefix.
   */
  private static boolean writesCountryCode(String countryCodeDigits, String national, String digits) {
    return digits.startsWith(countryCodeDigits) && digits.length() - national.length() >= countryCodeDigits.length();
  }

  /** True if two slashes stand in the number, not counting one right after the country code ("+49/30 123/4567"), if written. */
  private static boolean hasSlashesAfterCountryCode(String candidate, String countryCodeDigits) {
    int first = candidate.indexOf('/');
    int second = first < 0 ? -1 : candidate.indexOf('/', first + 1);
    if (second < 0) {
      return false;
    }
    boolean firstAfterCountryCode = countryCodeDigits != null
        && PhoneNumberUtil.normalizeDigitsOnly(candidate.substring(0, first)).equals(countryCodeDigits);
    return !firstAfterCountryCode || candidate.indexOf('/', second + 1) >= 0;
  }

  /** The digit groups of the national number in its international format, or the whole number where none applies. */
  private List<String> groupsOf(String national) {
    for (Format format : internationalFormats) {
      if (format.applies(national)) {
        return format.groups(national);
      }
    }
    return List.of(national);
  }

  /** True if the groups stand in the candidate from {@code from} on, in order, each unbroken. */
  private boolean remainsGrouped(String candidate, int from, String national, List<String> groups) {
    int at = from;
    for (int g = 0; g < groups.size(); g++) {
      at = candidate.indexOf(groups.get(g), at);
      if (at < 0) {
        return false;
      }
      at += groups.get(g).length();
      if (g == 0 && at < candidate.length() && !trunkPrefix.isEmpty() && Chars.isDigit(candidate.charAt(at))) {
        return candidate.startsWith(national, at - groups.get(0).length());
      }
    }
    return true;
  }

  /**
   * The region whose valid number the national digits (leading zeros included) are, or null. As
   * {@code PhoneNumberUtil.isValidNumber} and {@code getRegionCodeForNumber} decide: the only region
   * of the country code, or else the first that claims the number by its leading digits or, having
   * none, by finding it valid; and the number must be valid in that region.
   */
  Numbering validIn(String national) {
    if (national.length() > MAX_NATIONAL_DIGITS || !validLengths[national.length()]) {
      return null;
    }
    if (numberings.size() == 1) {
      return numberings.get(0).isValid(national) ? numberings.get(0) : null;
    }
    for (Numbering numbering : numberings) {
      if (numbering.leadingDigits == null) {
        if (numbering.isValid(national)) {
          return numbering;
        }
      } else if (numbering.leadingDigits.test(national)) {
        return numbering.isValid(national) ? numbering : null;
      }
    }
    return null;
  }

  /** The format choice follows libphonenumber: the first whose last leading-digits pattern and whose pattern fit. */
  private static Format format(NumberFormat format) {
    int leading = format.getLeadingDigitsPatternCount();
    String rule = format.getNationalPrefixFormattingRule();
    int firstGroup = rule.indexOf("$1");
    boolean needsTrunkPrefix = !format.getNationalPrefixOptionalWhenFormatting()
        && firstGroup > 0 && PhoneNumberUtil.normalizeDigitsOnly(rule.substring(0, firstGroup).replace("$NP", "0").replace("$FG", "")).length() > 0;
    return new Format(
        leading == 0 ? null : DigitPattern.leading(format.getLeadingDigitsPattern(leading - 1)),
        DigitPattern.whole(format.getPattern()),
        format.getFormat(),
        needsTrunkPrefix);
  }

  /**
   * A format: the numbers it applies to, how it lays their digits out ("$1 $2 $3"), and whether
   * numbers written nationally in it need the trunk prefix.
   */
  record Format(DigitPattern leadingDigits, DigitPattern pattern, String layout, boolean needsTrunkPrefix) {

    boolean applies(String national) {
      return fitsLeadingDigits(national) && pattern.test(national);
    }

    boolean fitsLeadingDigits(String national) {
      return leadingDigits == null || leadingDigits.test(national);
    }

    /** The digit groups the layout prints: "6502530000" laid out as "($1) $2-$3" is 650, 253, 0000. */
    List<String> groups(String national) {
      String laidOut = pattern.pattern().matcher(national).replaceAll(layout);
      List<String> groups = new ArrayList<>();
      int start = -1;
      for (int i = 0; i <= laidOut.length(); i++) {
        boolean digit = i < laidOut.length() && Chars.isDigit(laidOut.charAt(i));
        if (digit && start < 0) {
          start = i;
        } else if (!digit && start >= 0) {
          groups.add(laidOut.substring(start, i));
          start = -1;
        }
      }
      return groups;
    }
  }

  /**
   * One region's national numbers: valid as {@code PhoneNumberUtil.isValidNumberForRegion} decides
   * (the general description and at least one number type match), and the formats they are printed in.
   */
  static final class Numbering {
    private final String region;
    /** How {@code getRegionCodeForNumber} tells this region from the others of its country code; may be null. */
    private final DigitPattern leadingDigits;
    /** By national number length: the general description's pattern, or null where it rules that length out. */
    private final DigitPattern[] generalByLength;
    /** By national number length: the patterns of the number types that allow that length. */
    private final DigitPattern[][] typesByLength;
    private final List<Format> formats;

    private Numbering(PhoneMetadata metadata) {
      region = metadata.getId();
      leadingDigits = metadata.hasLeadingDigits() ? DigitPattern.leading(metadata.getLeadingDigits()) : null;
      generalByLength = byLength(metadata.getGeneralDesc());
      // the types in PhoneNumberUtil.getNumberTypeHelper, which reads the mobile pattern only where it differs from fixed line;
      // validity asks whether any matches, so the types that most numbers are come first
      List<PhoneNumberDesc> types = new ArrayList<>(List.of(metadata.getFixedLine()));
      if (!metadata.getSameMobileAndFixedLinePattern()) {
        types.add(metadata.getMobile());
      }
      types.addAll(List.of(metadata.getTollFree(), metadata.getPremiumRate(), metadata.getSharedCost(), metadata.getVoip(),
          metadata.getPersonalNumber(), metadata.getPager(), metadata.getUan(), metadata.getVoicemail()));
      List<DigitPattern[]> typePatterns = types.stream().map(Numbering::byLength).toList();
      typesByLength = new DigitPattern[MAX_NATIONAL_DIGITS + 1][];
      for (int length = 0; length <= MAX_NATIONAL_DIGITS; length++) {
        int at = length;
        typesByLength[length] = typePatterns.stream().map(patterns -> patterns[at]).filter(Objects::nonNull).toArray(DigitPattern[]::new);
      }
      formats = metadata.getNumberFormatList().stream().map(RegionPlan::format).toList();
    }

    /** As {@code PhoneNumberUtil.isNumberMatchingDesc} reads a description: its possible lengths (if any listed), then its pattern. */
    private static DigitPattern[] byLength(PhoneNumberDesc desc) {
      DigitPattern[] patterns = new DigitPattern[MAX_NATIONAL_DIGITS + 1];
      if (desc.getNationalNumberPattern().isEmpty()) { // matches nothing
        return patterns;
      }
      DigitPattern pattern = DigitPattern.whole(desc.getNationalNumberPattern());
      List<Integer> lengths = desc.getPossibleLengthList();
      for (int length = 0; length <= MAX_NATIONAL_DIGITS; length++) {
        patterns[length] = lengths.isEmpty() || lengths.contains(length) ? pattern : null;
      }
      return patterns;
    }

    String region() {
      return region;
    }

    boolean isValid(String national) {
      DigitPattern general = generalByLength[national.length()];
      if (general == null || !general.test(national)) {
        return false;
      }
      for (DigitPattern type : typesByLength[national.length()]) {
        if (type.test(national)) {
          return true;
        }
      }
      return false;
    }

    /** As the matcher decides it: by the format that the number's own region would print it in. */
    boolean needsTrunkPrefix(String national) {
      for (Format format : formats) {
        if (format.applies(national)) {
          return format.needsTrunkPrefix();
        }
      }
      return false;
    }
  }
}
