package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: its
 * country code, the trunk prefix that may precede national numbers, and the formats that require
 * it. The phone detector asks it first, so the expensive matcher only runs where it can succeed:
 * for digits that form a valid number of the country code (libphonenumber's validity rules,
 * without its parsing and matching), written with the trunk prefix where the number's format
 * requires one ("612345678" is no French number, "0612345678" is), or after the country code
 * written without "+". {@code RegionPlanTest} holds it to the matcher's own results.
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

  private final String code;
  /** What may precede the national number: the trunk prefix and the country code without "+" ("1" for both in +1). */
  private final List<String> writtenPrefixes;
  /** The regions sharing the country code, in the order libphonenumber tries them. */
  private final List<Numbering> numberings;
  /** By national number length: whether any region of the country code has numbers that long. */
  private final boolean[] validLengths;

  private RegionPlan(String code, List<String> writtenPrefixes, List<Numbering> numberings) {
    this.code = code;
    this.writtenPrefixes = writtenPrefixes;
    this.numberings = numberings;
    this.validLengths = new boolean[MAX_NATIONAL_DIGITS + 1];
    for (int length = 1; length <= MAX_NATIONAL_DIGITS; length++) {
      for (Numbering numbering : numberings) {
        validLengths[length] |= numbering.generalByLength[length] != null;
      }
    }
  }

  static RegionPlan of(String code) {
    PhoneMetadata metadata = metadataOf(code);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    // libphonenumber's parser also strips the country code written without "+" ("33 1 42 68 53 00")
    List<String> writtenPrefixes = Stream.of(metadata.getNationalPrefix(), Integer.toString(metadata.getCountryCode()))
        .filter(prefix -> !prefix.isEmpty())
        .distinct()
        .toList();
    // A number dialled with this country code may belong to another region sharing it (07911 is Guernsey's, not Britain's).
    List<Numbering> numberings = PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(metadata.getCountryCode()).stream()
        .map(region -> new Numbering(metadataOf(region)))
        .toList();
    return new RegionPlan(code, writtenPrefixes, numberings);
  }

  private static PhoneMetadata metadataOf(String region) {
    return DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(region);
  }

  String code() {
    return code;
  }

  /** True if the digits, written nationally with or without the trunk prefix or the country code, can be a number here. */
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
    return false;
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
