package io.traingate.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierTableTest {
  private static final TierTable DEFAULT = PolicyFile.defaultPolicy().tierTable();

  @ParameterizedTest
  @CsvSource({
      "chatgpt,free,INDIVIDUAL", "chatgpt,plus,INDIVIDUAL", "chatgpt,pro,INDIVIDUAL",
      "dalle,free,INDIVIDUAL", "dalle,plus,INDIVIDUAL", "dalle,pro,INDIVIDUAL",
      "chatgpt,team,BUSINESS", "chatgpt,enterprise,BUSINESS", "chatgpt,edu,BUSINESS",
      "api,free,BUSINESS", "api,pay-as-you-go,BUSINESS", "api,'',BUSINESS",
      "chatgpt,gold,UNKNOWN", "dalle,team,UNKNOWN", "sora,plus,UNKNOWN", "'',plus,UNKNOWN"})
  void defaultTableMatchesPolicyMd(String product, String plan, Tier expected) {
    assertThat(DEFAULT.tierOf(product, plan), is(expected));
  }

  @ParameterizedTest
  @CsvSource({"' ChatGPT ',' PLUS ',INDIVIDUAL", "CHATGPT,Team,BUSINESS", "'\tApi\t',whatever,BUSINESS", "DALLE,Free,INDIVIDUAL"})
  void matchingIgnoresCaseAndSurroundingSpace(String product, String plan, Tier expected) {
    assertThat(DEFAULT.tierOf(product, plan), is(expected));
  }

  @Test
  void innerSpaceStillMatters() {
    assertThat(DEFAULT.tierOf("chat gpt", "plus"), is(Tier.UNKNOWN));
    assertThat(DEFAULT.tierOf("chatgpt", "p lus"), is(Tier.UNKNOWN));
  }

  @Test
  void anExactPlanWinsOverTheWildcard() {
    TierTable table = TierTable.of(List.of(
        new TierTable.Entry("api", "*", Tier.BUSINESS), new TierTable.Entry("api", "playground", Tier.INDIVIDUAL)));
    assertThat(table.tierOf("api", "playground"), is(Tier.INDIVIDUAL));
    assertThat(table.tierOf("api", "other"), is(Tier.BUSINESS));
  }

  @Test
  void wildcardOfOneProductDoesNotCoverAnother() {
    TierTable table = TierTable.of(List.of(new TierTable.Entry("api", "*", Tier.BUSINESS)));
    assertThat(table.tierOf("chatgpt", "plus"), is(Tier.UNKNOWN));
  }

  @Test
  void entriesAreNormalizedWhenTheTableIsBuilt() {
    TierTable table = TierTable.of(List.of(new TierTable.Entry(" ChatGPT ", " Plus ", Tier.INDIVIDUAL)));
    assertThat(table.tierOf("chatgpt", "plus"), is(Tier.INDIVIDUAL));
  }

  @Test
  void aPairListedAsBothTiersIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TierTable.of(List.of(
        new TierTable.Entry("chatgpt", "plus", Tier.INDIVIDUAL), new TierTable.Entry("ChatGPT", " PLUS", Tier.BUSINESS))));
    assertThat(e.getMessage(), containsString("both"));
  }

  @Test
  void aPairRepeatedWithTheSameTierIsFine() {
    TierTable table = TierTable.of(List.of(
        new TierTable.Entry("chatgpt", "plus", Tier.INDIVIDUAL), new TierTable.Entry("CHATGPT", "plus", Tier.INDIVIDUAL)));
    assertThat(table.tierOf("chatgpt", "plus"), is(Tier.INDIVIDUAL));
  }

  @Test
  void aRowCannotSayUnknown() {
    assertThrows(IllegalArgumentException.class,
        () -> TierTable.of(List.of(new TierTable.Entry("chatgpt", "plus", Tier.UNKNOWN))));
  }

  @Test
  void tablesWithTheSameNormalizedRowsAreEqual() {
    TierTable a = TierTable.of(List.of(new TierTable.Entry("ChatGPT", "Plus", Tier.INDIVIDUAL)));
    TierTable b = TierTable.of(List.of(new TierTable.Entry("chatgpt", " plus", Tier.INDIVIDUAL)));
    TierTable c = TierTable.of(List.of(new TierTable.Entry("chatgpt", "plus", Tier.BUSINESS)));
    assertThat(a.equals(b), is(true));
    assertThat(a.hashCode(), is(b.hashCode()));
    assertThat(a.equals(c), is(false));
  }
}
