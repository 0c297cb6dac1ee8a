package io.traingate.pii.detect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.traingate.pii.RedactionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The region plan only saves the matcher's time: wherever libphonenumber's matcher finds a whole
 * national number, the plan must have let it run.
 */
class RegionPlanTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<String> REGIONS = RedactionRules.defaults().phoneRegions();

  @Test
  void aNumberOfAnotherRegionSharingTheCountryCodeIsKept() {
    assertThat(RegionPlan.of("GB").couldHold("07911123456"), is(true)); // a Guernsey mobile, dialled from Britain
  }

  @Test
  void aNationalNumberWithoutItsRequiredTrunkPrefixIsRuledOut() {
    assertThat(RegionPlan.of("FR").couldHold("612345678"), is(false));
    assertThat(RegionPlan.of("FR").couldHold("0612345678"), is(true));
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
    Random random = new Random(11);
    for (int i = 0; i < 1500; i++) {
      StringBuilder window = new StringBuilder();
      int digits = 7 + random.nextInt(9);
      for (int d = 0; d < digits; d++) {
        window.append((char) ('0' + random.nextInt(10)));
        if (d < digits - 1 && random.nextInt(4) == 0) {
          window.append(" -.".charAt(random.nextInt(3)));
        }
      }
      windows.add(window.toString());
    }
    List<String> ruledOutWrongly = new ArrayList<>();
    for (String region : REGIONS) {
      RegionPlan plan = RegionPlan.of(region);
      for (String window : windows) {
        String digits = window.replaceAll("\\D", "");
        for (PhoneNumberMatch match : UTIL.findNumbers(window, region, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
          if (match.start() == 0 && match.end() == window.length() && !plan.couldHold(digits)) {
            ruledOutWrongly.add(region + " " + window);
          }
        }
      }
    }
    assertThat(ruledOutWrongly, empty());
  }
}
