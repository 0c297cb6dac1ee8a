package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: the
 * lengths of national numbers, the trunk prefix that may precede them, and the formats that
 * require it. The phone detector asks it first, so the expensive matcher only runs where it can
 * succeed: for a digit run that is a valid number of the region (libphonenumber's validity
 * rules) and, written nationally, carries the trunk prefix if the region's format requires one
 * (the matcher's strict leniencies reject it otherwise: "612345678" is no French number, "0612345678" is).
 */
record RegionPlan(String code, int countryCode, Set<Integer> nationalLengths, String trunkPrefix, List<Format> formats, PhoneNumberUtil util) {

  /** Longer digit runs do not fit in the {@code long} of a national number. */
  private static final int MAX_NATIONAL_DIGITS = 17;

  /** A national format and whether numbers in it must be written with the trunk prefix. */
  record Format(Pattern leadingDigits, Pattern pattern, boolean needsTrunkPrefix) {

    boolean applies(String national) {
      return (leadingDigits == null || leadingDigits.matcher(national).lookingAt()) && pattern.matcher(national).matches();
    }
  }

  static RegionPlan of(String code) {
    PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(code);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    Set<Integer> lengths = metadata.getGeneralDesc().getPossibleLengthList().stream().collect(Collectors.toUnmodifiableSet());
    List<Format> formats = metadata.getNumberFormatList().stream().map(RegionPlan::format).toList();
    return new RegionPlan(code, metadata.getCountryCode(), lengths, metadata.getNationalPrefix(), formats, PhoneNumberUtil.getInstance());
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
    if (isValidNational(digits) && !needsTrunkPrefix(digits)) {
      return true;
    }
    return !trunkPrefix.isEmpty() && digits.startsWith(trunkPrefix) && isValidNational(digits.substring(trunkPrefix.length()));
  }

  private boolean needsTrunkPrefix(String national) {
    for (Format format : formats) {
      if (format.applies(national)) {
        return format.needsTrunkPrefix();
      }
    }
    return false;
  }

  private boolean isValidNational(String national) {
    if (!nationalLengths.contains(national.length()) || national.length() > MAX_NATIONAL_DIGITS) {
      return false;
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
    int leadingZeros = 0;
    while (leadingZeros < national.length() - 1 && national.charAt(leadingZeros) == '0') {
      leadingZeros++;
    }
    if (leadingZeros > 0) { // Italian-style numbers keep their leading zeros
      number.setItalianLeadingZero(true).setNumberOfLeadingZeros(leadingZeros);
    }
    return util.isValidNumberForRegion(number, code);
  }
}
