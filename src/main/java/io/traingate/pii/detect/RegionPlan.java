package io.traingate.pii.detect;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a region's dialling plan allows, read once from libphonenumber's own metadata: the
 * lengths and general pattern of national numbers and the trunk prefix that may precede them.
 * The phone detector asks it first, so the expensive matcher only runs for regions where a digit
 * run could be a number at all.
 */
record RegionPlan(String code, Set<Integer> nationalLengths, Pattern nationalNumber, String trunkPrefix) {

  static RegionPlan of(String code) {
    PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(code);
    if (metadata == null) {
      throw new IllegalArgumentException("unknown phone region " + code);
    }
    PhoneNumberDesc general = metadata.getGeneralDesc();
    Set<Integer> lengths = general.getPossibleLengthList().stream().collect(Collectors.toUnmodifiableSet());
    // Metadata patterns are bounded alternations over at most 17 digits: linear enough here.
    return new RegionPlan(code, lengths, Pattern.compile(general.getNationalNumberPattern()), metadata.getNationalPrefix());
  }

  /** True if the digits, with or without the trunk prefix, fit this region's national numbers. */
  boolean couldHold(String digits) {
    if (fits(digits)) {
      return true;
    }
    return !trunkPrefix.isEmpty() && digits.startsWith(trunkPrefix) && fits(digits.substring(trunkPrefix.length()));
  }

  private boolean fits(String national) {
    return nationalLengths.contains(national.length()) && nationalNumber.matcher(national).matches();
  }
}
