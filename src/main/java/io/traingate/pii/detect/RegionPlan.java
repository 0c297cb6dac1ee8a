package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: its
 * country code, the trunk prefix that may precede national numbers, and the formats that require
 * it. The phone detector asks it first, so the expensive matcher only runs where it can succeed:
 * for digits that form a valid number of the country code (libphonenumber's validity rules,
 * without its parsing and matching), written with the trunk prefix where the number's format
 * requires one ("612345678" is no French number, "0612345678" is), or after the country code
 * written without "+". {@code RegionPlanTest} holds it to the matcher's own results.
 */
record RegionPlan(String code, int countryCode, String trunkPrefix, Map<String, List<Format>> formatsByRegion, PhoneNumberUtil util) {

  /** Longer digit runs do not fit in the {@code long} of a national number. */
  private static final int MAX_NATIONAL_DIGITS = 17;

  /** A national format and whether numbers in it must be written with the trunk prefix. */
  record Format(Pattern leadingDigits, Pattern pattern, boolean needsTrunkPrefix) {

    boolean applies(String national) {
      return (leadingDigits == null || leadingDigits.matcher(national).lookingAt()) && pattern.matcher(national).matches();
    }
  }

  static RegionPlan of(String code) {
    PhoneMetadata metadata = metadataOf(code);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    // A number dialled with this country code may belong to another region sharing it (07911 is Guernsey's, not Britain's).
    Map<String, List<Format>> formatsByRegion = util.getRegionCodesForCountryCode(metadata.getCountryCode()).stream()
        .collect(Collectors.toUnmodifiableMap(region -> region, region -> formats(metadataOf(region))));
    return new RegionPlan(code, metadata.getCountryCode(), metadata.getNationalPrefix(), formatsByRegion, util);
  }

  private static PhoneMetadata metadataOf(String region) {
    return DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(region);
  }

  private static List<Format> formats(PhoneMetadata metadata) {
    return metadata == null ? List.of() : metadata.getNumberFormatList().stream().map(RegionPlan::format).toList();
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

  /** True if the digits, written nationally with or without the trunk prefix, can be a number here. */
  boolean couldHold(String digits) {
    PhoneNumber asWritten = validNumber(digits);
    if (asWritten != null && !needsTrunkPrefix(asWritten, digits)) {
      return true;
    }
    return !trunkPrefix.isEmpty() && digits.startsWith(trunkPrefix) && validNumber(digits.substring(trunkPrefix.length())) != null
        // the country code written without "+" ("33 1 42 68 53 00"), which libphonenumber's parser also strips
        || digits.startsWith(countryCodeDigits()) && validNumber(digits.substring(countryCodeDigits().length())) != null;
  }

  private String countryCodeDigits() {
    return Integer.toString(countryCode);
  }

  /** As the matcher decides it: by the format that the number's own region would print it in. */
  private boolean needsTrunkPrefix(PhoneNumber number, String national) {
    for (Format format : formatsByRegion.getOrDefault(util.getRegionCodeForNumber(number), List.of())) {
      if (format.applies(national)) {
        return format.needsTrunkPrefix();
      }
    }
    return false;
  }

  /** The national digits as a number of this country code if it is valid in one of its regions, else null. */
  private PhoneNumber validNumber(String national) {
    if (national.isEmpty() || national.length() > MAX_NATIONAL_DIGITS) {
      return null;
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
    int leadingZeros = 0;
    while (leadingZeros < national.length() - 1 && national.charAt(leadingZeros) == '0') {
      leadingZeros++;
    }
    if (leadingZeros > 0) { // Italian-style numbers keep their leading zeros
      number.setItalianLeadingZero(true).setNumberOfLeadingZeros(leadingZeros);
    }
    return util.isValidNumber(number) ? number : null;
  }
}
