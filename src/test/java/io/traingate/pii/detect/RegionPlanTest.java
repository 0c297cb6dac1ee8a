package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.traingate.pii.RedactionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The region plan reads numbers as libphonenumber's parser and matcher do, which are its oracle
 * here: wherever the matcher finds a whole national number with strict grouping, the plan reads
 * one; validity and region are libphonenumber's; groups are kept where strict grouping keeps them.
 */
class RegionPlanTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<String> REGIONS = RedactionRules.defaults().phoneRegions();

  @Test
  void aNumberOfAnotherRegionSharingTheCountryCodeIsKept() {
    assertThat(readsNumber("GB", "07911123456"), is(true)); // a Guernsey mobile, dialled from Britain
  }

  @Test
  void aNationalNumberWithoutItsRequiredTrunkPrefixIsRuledOut() {
    assertThat(readsNumber("FR", "612345678"), is(false));
    assertThat(readsNumber("FR", "0612345678"), is(true));
  }

  @Test
  void aNumberDialledAbroadNeedsTheRegionsInternationalPrefix() {
    assertThat(readsNumber("DE", "0033142685300"), is(true)); // +33 1 42 68 53 00, dialled from Germany
    assertThat(readsNumber("US", "0033142685300"), is(false)); // the US dials 011
    assertThat(readsNumber("US", "01133142685300"), is(true));
    assertThat(readsNumber("DE", "00330142685300"), is(true)); // with the French trunk prefix, as in +33 (0)1 …
    assertThat(readsNumber("US", "011331426853000"), is(false)); // one digit too many for France
    assertThat(readsNumber("DE", "000142685300"), is(false)); // no country code starts with 0
  }

  @Test
  void aReadingWhoseGroupsTheWindowBreaksIsRuledOut() {
    assertThat(readsNumber("GB", "074104 11465"), is(false)); // 07410 411465 in Britain
    assertThat(readsNumber("IN", "074104 11465"), is(true)); // 074104 11465 in India
    assertThat(readsNumber("IN", "(0212) 345 49 88"), is(false));
    assertThat(readsNumber("DE", "(0212) 345 49 88"), is(true)); // Solingen
    assertThat(readsNumber("US", "0033 1 42 68 53 00"), is(false));
    assertThat(readsNumber("DE", "0033 1 42 68 53 00"), is(true));
    assertThat(readsNumber("DE", "0033 14 26 85 30 0"), is(false));
  }

  @Test
  void aCountryCodeWrittenWithoutPlusIsReadAsTheParserReadsIt() {
    assertThat(readsNumber("FR", "33 1 42 68 53 00"), is(true)); // too long for a French number: the code is stripped
    assertThat(readsNumber("DE", "49 1512 3456789"), is(false)); // fits Germany's pattern whole: one number, and no valid one
  }

  @Test
  void aNumberAfterPlusIsValidWithOrWithoutItsTrunkPrefix() {
    assertThat(RegionPlan.isValidInternational("442079460018"), is(true));
    assertThat(RegionPlan.isValidInternational("4402079460018"), is(true)); // +44 (0)20 7946 0018
    assertThat(RegionPlan.isValidInternational("44207946001"), is(false)); // a digit short
    assertThat(RegionPlan.isValidInternational("043593381132"), is(false)); // no country code starts with 0
  }

  private static boolean readsNumber(String region, String window) {
    return RegionPlan.of(region).holdsNumber(window, window.replaceAll("\\D", ""), false);
  }

  @Test
  void aLengthNoRegionOfTheCountryCodeAllowsIsNoNumber() {
    assertThat(RegionPlan.of("US").validIn("16502530000"), is(nullValue()));
    assertThat(RegionPlan.of("US").validIn("6502530000").region(), is("US"));
    assertThat(RegionPlan.of("US").validIn("2642351234").region(), is("AI")); // Anguilla's area code 264
  }

  @Test
  void aNumberIsGroupedAsItsFormatsGroupIt() {
    assertThat(keepsGroups("US", "650 253 0000"), is(true));
    assertThat(keepsGroups("US", "65 02 53 00 00"), is(false));
    assertThat(keepsGroups("US", "2024-06-02 14"), is(false)); // a log time stamp
    assertThat(keepsGroups("US", "+1 650-253-0000"), is(true));
    assertThat(keepsGroups("DE", "030 1234567"), is(true));
    assertThat(keepsGroups("DE", "1643 795"), is(false)); // the number is 16 43795
    assertThat(keepsGroups("GB", "+44 20 7946 0018"), is(true));
    assertThat(keepsGroups("GB", "0044 (0)20 7946 0018"), is(true));
  }

  @Test
  void aGroupingCanBeOneOfTheCountrysAlternateFormats() {
    // formatted as 30 12345678 and 20 7946 0018; libphonenumber's alternate formats allow these too
    assertThat(keepsGroups("DE", "030 1234 5678"), is(true));
    assertThat(keepsGroups("GB", "+44 207 946 0018"), is(true));
  }

  @Test
  void aCountryWithTrunkPrefixesWantsNoSeparatorAfterAnUnseparatedFirstGroup() {
    assertThat(keepsGroups("DE", "0301 2345678"), is(false));
    assertThat(keepsGroups("DE", "03012345678"), is(true));
  }

  @Test
  void onlyOneSlashMayStandAfterTheCountryCode() {
    assertThat(keepsGroups("DE", "030/1234567"), is(true));
    assertThat(keepsGroups("DE", "030/123/4567"), is(false));
    assertThat(keepsGroups("DE", "+49/30 123/4567"), is(true));
    assertThat(keepsGroups("DE", "+49 30/123/4567"), is(false));
    assertThat(keepsGroups("US", "1/650/253-0000"), is(true));
  }

  /**
   * Example numbers of the configured regions written in random groups (spaces, dashes, dots,
   * slashes, parentheses, with and without their country code or trunk prefix): wherever the matcher
   * finds a valid number in the whole candidate, the plan keeps its groups exactly where strict
   * grouping does.
   */
  @Test
  void keepsGroupsWhereStrictGroupingDoes() {
    Random random = new Random(7);
    List<String> disagreements = new ArrayList<>();
    int kept = 0;
    int broken = 0;
    for (String region : REGIONS) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        String national = UTIL.getNationalSignificantNumber(example);
        String trunkPrefix = Objects.requireNonNullElse(UTIL.getNddPrefixForRegion(region, true), "");
        for (String written : List.of(national, trunkPrefix + national, example.getCountryCode() + national, "+" + example.getCountryCode() + national)) {
          for (int i = 0; i < 12; i++) {
            String candidate = randomlyGrouped(random, written, i == 0);
            for (PhoneNumberMatch match : UTIL.findNumbers(candidate, region, Leniency.VALID, Long.MAX_VALUE)) {
              if (match.start() != 0 || match.end() != candidate.length()) {
                continue;
              }
              boolean expected = isWholeStrictMatch(candidate, region);
              boolean actual = keepsGroupsOf(region, match.number(), candidate);
              kept += expected ? 1 : 0;
              broken += expected ? 0 : 1;
              if (actual != expected) {
                disagreements.add(region + " " + candidate + ": " + expected + " vs " + actual);
              }
            }
          }
        }
      }
    }
    assertThat(disagreements, empty());
    assertThat(kept > 300 && broken > 300, is(true));
  }

  private static boolean keepsGroups(String region, String candidate) {
    for (PhoneNumberMatch match : UTIL.findNumbers(candidate, region, Leniency.VALID, Long.MAX_VALUE)) {
      assertThat(match.rawString(), is(candidate));
      return keepsGroupsOf(region, match.number(), candidate);
    }
    throw new AssertionError("no valid number in " + candidate);
  }

  private static boolean keepsGroupsOf(String region, PhoneNumber number, String candidate) {
    return RegionPlan.of(region).keepsGroups(number.getCountryCode(), UTIL.getNationalSignificantNumber(number), candidate,
        PhoneNumberUtil.normalizeDigitsOnly(candidate));
  }

  private static boolean isWholeStrictMatch(String candidate, String region) {
    for (PhoneNumberMatch match : UTIL.findNumbers(candidate, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
      return match.start() == 0 && match.end() == candidate.length();
    }
    return false;
  }

  /** The digits (after any "+") split at random places by one separator each; the first time as the number's example format. */
  private static String randomlyGrouped(Random random, String written, boolean asIs) {
    if (asIs) {
      return written;
    }
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      grouped.append(c);
      if (c != '+' && i < written.length() - 1 && random.nextInt(3) == 0) {
        grouped.append(" - ./ ".charAt(random.nextInt(6)));
      }
    }
    return grouped.toString();
  }

  /** Every country code's example numbers, and the same with one digit changed, dropped or added. */
  @Test
  void decidesValidityAndRegionAsLibphonenumber() {
    Set<Integer> countryCodes = new TreeSet<>();
    for (String region : UTIL.getSupportedRegions()) {
      countryCodes.add(UTIL.getCountryCodeForRegion(region));
    }
    Random random = new Random(5);
    List<String> disagreements = new ArrayList<>();
    int valid = 0;
    for (int countryCode : countryCodes) {
      RegionPlan plan = RegionPlan.of(UTIL.getRegionCodeForCountryCode(countryCode));
      Set<String> nationals = new TreeSet<>();
      for (String region : UTIL.getRegionCodesForCountryCode(countryCode)) {
        for (PhoneNumberType type : PhoneNumberType.values()) {
          PhoneNumber example = UTIL.getExampleNumberForType(region, type);
          if (example != null) {
            String national = UTIL.getNationalSignificantNumber(example);
            int at = random.nextInt(national.length());
            nationals.add(national);
            nationals.add(national.substring(0, at) + (char) ('0' + random.nextInt(10)) + national.substring(at + 1));
            nationals.add(national.substring(0, at) + national.substring(at + 1));
            nationals.add(national + random.nextInt(10));
            nationals.add("0" + national);
          }
        }
      }
      for (String national : nationals) {
        PhoneNumber number = number(countryCode, national);
        String expected = UTIL.isValidNumber(number) ? UTIL.getRegionCodeForNumber(number) : null;
        RegionPlan.Numbering actual = plan.validIn(national);
        valid += expected == null ? 0 : 1;
        if (!Objects.equals(expected, actual == null ? null : actual.region())) {
          disagreements.add("+" + countryCode + " " + national + ": " + expected + " vs " + (actual == null ? null : actual.region()));
        }
      }
    }
    assertThat(disagreements, empty());
    assertThat(valid > 1000, is(true));
  }

  /** The national digits as libphonenumber stores them: the value, and any leading zeros as Italian-style zeros. */
  private static PhoneNumber number(int countryCode, String national) {
    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(national));
    int leadingZeros = 0;
    while (leadingZeros < national.length() - 1 && national.charAt(leadingZeros) == '0') {
      leadingZeros++;
    }
    return leadingZeros == 0 ? number : number.setItalianLeadingZero(true).setNumberOfLeadingZeros(leadingZeros);
  }

  @Test
  void neverRulesOutANumberTheMatcherFinds() {
    List<String> windows = new ArrayList<>();
    for (String region : REGIONS) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example != null) {
          windows.add(UTIL.format(example, PhoneNumberFormat.NATIONAL));
          windows.add(UTIL.getNationalSignificantNumber(example));
        }
      }
    }
    windows.addAll(dialledAbroad());
    Random random = new Random(11);
    for (int i = 0; i < 1500; i++) {
      windows.add(randomNumberWindow(random, ""));
    }
    List<String> ruledOutWrongly = new ArrayList<>();
    for (String region : REGIONS) {
      RegionPlan plan = RegionPlan.of(region);
      for (String window : windows) {
        String digits = window.replaceAll("\\D", "");
        for (PhoneNumberMatch match : UTIL.findNumbers(window, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
          if (match.start() == 0 && match.end() == window.length() && !plan.holdsNumber(window, digits, false)) {
            ruledOutWrongly.add(region + " " + window);
          }
        }
      }
    }
    assertThat(ruledOutWrongly, empty());
  }

  /**
   * Example numbers of every country code, written after the international prefixes of the
   * configured regions (00, 011, 0011, 010, and Australia's 14110011, which starts with no 0),
   * alone and with the number's own trunk prefix.
   */
  private static List<String> dialledAbroad() {
    List<PhoneNumber> examples = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE)) {
        examples.add(UTIL.getExampleNumberForType(region, type));
      }
    }
    for (int countryCode : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      examples.add(UTIL.getExampleNumberForNonGeoEntity(countryCode));
    }
    List<String> windows = new ArrayList<>();
    for (PhoneNumber example : examples) {
      if (example == null) {
        continue;
      }
      String international = UTIL.format(example, PhoneNumberFormat.INTERNATIONAL).substring(1);
      String trunkPrefix = Objects.requireNonNullElse(UTIL.getNddPrefixForRegion(UTIL.getRegionCodeForNumber(example), true), "");
      for (String prefix : List.of("00 ", "011 ", "0011 ", "010 ", "1411 0011 ")) {
        windows.add(prefix + international);
        windows.add(prefix + example.getCountryCode() + " " + trunkPrefix + UTIL.getNationalSignificantNumber(example));
      }
    }
    return windows;
  }

  /** {@code prefix}, then 7 to 15 random digits, a quarter of them followed by a space, dash or dot. */
  static String randomNumberWindow(Random random, String prefix) {
    StringBuilder window = new StringBuilder(prefix);
    int digits = 7 + random.nextInt(9);
    for (int d = 0; d < digits; d++) {
      window.append((char) ('0' + random.nextInt(10)));
      if (d < digits - 1 && random.nextInt(4) == 0) {
        window.append(" -.".charAt(random.nextInt(3)));
      }
    }
    return window.toString();
  }
}
