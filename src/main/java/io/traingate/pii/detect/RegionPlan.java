package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: its
 * country code, the trunk prefix that may precede national numbers, and the formats that require
 * it. The phone detector asks it first, so the expensive matcher only runs where it can succeed:
 * for digits that form a valid number of the country code (libphonenumber's validity rules,
 * without its parsing and matching), written with the trunk prefix where the number's format
 * requires one ("612345678" is no French number, "0612345678" is), or after the country code
 * written without "+", or after the region's international prefix and any country code
 * ("0039 02 1234 5678" from Germany, "011 39 …" from the US). {@code RegionPlanTest} holds it to
 * the matcher's own results.
 *
 * <p>Validity is decided as {@code PhoneNumberUtil.isValidNumber} decides it, but on patterns
 * compiled once and filed under the number lengths they allow. libphonenumber looks the metadata
 * of every region of the country code up on each call (about 25 regions share +1), and recompiles
 * the patterns its small cache has dropped; here most digit runs have a length that no region of
 * the country code allows and need no pattern at all.
 */
final class RegionPlan {

  /** Longer digit runs do not fit in the {@code long} of a national number. */
  private static final int MAX_NATIONAL_DIGITS = 17;
  private static final int MAX_COUNTRY_CODE_DIGITS = 3;
  private static final Set<Integer> COUNTRY_CODES = PhoneNumberUtil.getInstance().getSupportedCallingCodes();
  /** The plans of the country codes dialled from abroad, each made when first needed. */
  private static final Map<Integer, RegionPlan> BY_COUNTRY_CODE = new ConcurrentHashMap<>();

  private final String code;
  /** What may precede the national number: the trunk prefix and the country code without "+" ("1" for both in +1). */
  private final List<String> writtenPrefixes;
  /** The trunk prefix ("0" in France), or "" where the region has none. */
  private final String trunkPrefix;
  /** What is dialled from here before another country's code (00 in most regions, 011 in the US), or null. */
  private final Pattern internationalPrefix;
  /** The regions sharing the country code, in the order libphonenumber tries them. */
  private final List<Numbering> numberings;
  /** By national number length: whether any region of the country code has numbers that long. */
  private final boolean[] validLengths;

  private RegionPlan(String code, PhoneMetadata metadata) {
    this.code = code;
    // libphonenumber's parser also strips the country code written without "+" ("33 1 42 68 53 00")
    this.writtenPrefixes = Stream.of(metadata.getNationalPrefix(), Integer.toString(metadata.getCountryCode()))
        .filter(prefix -> !prefix.isEmpty())
        .distinct()
        .toList();
    this.trunkPrefix = metadata.getNationalPrefix();
    this.internationalPrefix = metadata.getInternationalPrefix().isEmpty() ? null : Pattern.compile(metadata.getInternationalPrefix());
    // A number dialled with this country code may belong to another region sharing it (07911 is Guernsey's, not Britain's).
    int countryCode = metadata.getCountryCode();
    this.numberings = PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(countryCode).stream()
        .map(region -> new Numbering(metadataOf(region, countryCode)))
        .toList();
    this.validLengths = new boolean[MAX_NATIONAL_DIGITS + 1];
    for (int length = 1; length <= MAX_NATIONAL_DIGITS; length++) {
      for (Numbering numbering : numberings) {
        validLengths[length] |= numbering.generalByLength[length] != null;
      }
    }
  }

  static RegionPlan of(String code) {
    PhoneMetadata metadata = metadataOf(code, 0);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    return new RegionPlan(code, metadata);
  }

  /** The plan of a country code; non-geographic ones (+800, +882 …) have the region code "001". */
  private static RegionPlan ofCountryCode(int countryCode) {
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
   * True if the digits, written nationally with or without the trunk prefix or the country code,
   * or after the international prefix, can be a number here.
   */
  boolean couldHold(String digits) {
    Numbering asWritten = validIn(digits);
    if (asWritten != null && !asWritten.needsTrunkPrefix(digits)) {
      return true;
    }
    for (String prefix : writtenPrefixes) {
      if (digits.startsWith(prefix) && validIn(digits.substring(prefix.length())) != null) {
        return true;
      }
    }
    return isDialledAbroad(digits);
  }

  /**
   * True if the digits are the international prefix, a country code and a valid number of it, as
   * libphonenumber's parser reads them here: it strips the prefix unless a 0 follows (no country
   * code starts with 0), then takes the first one to three digits that form a known country code.
   */
  private boolean isDialledAbroad(String digits) {
    if (internationalPrefix == null) {
      return false;
    }
    Matcher prefix = internationalPrefix.matcher(digits);
    if (!prefix.lookingAt() || prefix.end() == digits.length() || digits.charAt(prefix.end()) == '0') {
      return false;
    }
    int codeStart = prefix.end();
    for (int codeEnd = codeStart + 1; codeEnd <= Math.min(codeStart + MAX_COUNTRY_CODE_DIGITS, digits.length()); codeEnd++) {
      int countryCode = Integer.parseInt(digits, codeStart, codeEnd, 10);
      if (COUNTRY_CODES.contains(countryCode)) {
        return BY_COUNTRY_CODE.computeIfAbsent(countryCode, RegionPlan::ofCountryCode).holdsAfterCountryCode(digits.substring(codeEnd));
      }
    }
    return false;
  }

  /** True if the digits after the country code, with or without the trunk prefix ("+44 (0)20 …"), are a valid number. */
  private boolean holdsAfterCountryCode(String national) {
    return validIn(national) != null
        || !trunkPrefix.isEmpty() && national.startsWith(trunkPrefix) && validIn(national.substring(trunkPrefix.length())) != null;
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
      } else if (numbering.leadingDigits.matcher(national).lookingAt()) {
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
        leading == 0 ? null : Pattern.compile(format.getLeadingDigitsPattern(leading - 1)),
        Pattern.compile(format.getPattern()),
        needsTrunkPrefix);
  }

  /** A national format and whether numbers in it must be written with the trunk prefix. */
  record Format(Pattern leadingDigits, Pattern pattern, boolean needsTrunkPrefix) {

    boolean applies(String national) {
      return (leadingDigits == null || leadingDigits.matcher(national).lookingAt()) && pattern.matcher(national).matches();
    }
  }

  /**
   * One region's national numbers: valid as {@code PhoneNumberUtil.isValidNumberForRegion} decides
   * (the general description and at least one number type match), and the formats they are printed in.
   */
  static final class Numbering {
    private final String region;
    /** How {@code getRegionCodeForNumber} tells this region from the others of its country code; may be null. */
    private final Pattern leadingDigits;
    /** By national number length: the general description's pattern, or null where it rules that length out. */
    private final Pattern[] generalByLength;
    /** By national number length: the patterns of the number types that allow that length. */
    private final Pattern[][] typesByLength;
    private final List<Format> formats;

    private Numbering(PhoneMetadata metadata) {
      region = metadata.getId();
      leadingDigits = metadata.hasLeadingDigits() ? Pattern.compile(metadata.getLeadingDigits()) : null;
      generalByLength = byLength(metadata.getGeneralDesc());
      // the types in PhoneNumberUtil.getNumberTypeHelper; it reads the mobile pattern only where it differs from fixed line
      List<PhoneNumberDesc> types = new ArrayList<>(List.of(metadata.getPremiumRate(), metadata.getTollFree(),
          metadata.getSharedCost(), metadata.getVoip(), metadata.getPersonalNumber(), metadata.getPager(),
          metadata.getUan(), metadata.getVoicemail(), metadata.getFixedLine()));
      if (!metadata.getSameMobileAndFixedLinePattern()) {
        types.add(metadata.getMobile());
      }
      List<Pattern[]> typePatterns = types.stream().map(Numbering::byLength).toList();
      typesByLength = new Pattern[MAX_NATIONAL_DIGITS + 1][];
      for (int length = 0; length <= MAX_NATIONAL_DIGITS; length++) {
        int at = length;
        typesByLength[length] = typePatterns.stream().map(patterns -> patterns[at]).filter(Objects::nonNull).toArray(Pattern[]::new);
      }
      formats = metadata.getNumberFormatList().stream().map(RegionPlan::format).toList();
    }

    /** As {@code PhoneNumberUtil.isNumberMatchingDesc} reads a description: its possible lengths (if any listed), then its pattern. */
    private static Pattern[] byLength(PhoneNumberDesc desc) {
      Pattern[] patterns = new Pattern[MAX_NATIONAL_DIGITS + 1];
      if (desc.getNationalNumberPattern().isEmpty()) { // matches nothing
        return patterns;
      }
      Pattern pattern = Pattern.compile(desc.getNationalNumberPattern());
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
      Pattern general = generalByLength[national.length()];
      if (general == null || !general.matcher(national).matches()) {
        return false;
      }
      for (Pattern type : typesByLength[national.length()]) {
        if (type.matcher(national).matches()) {
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
