package io.traingate.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.traingate.pii.EntityType;
import io.traingate.pii.Operator;
import io.traingate.pii.RedactionRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFileTest {

  private static final String TIERS =
      "[{\"product\": \"chatgpt\", \"plans\": [\"free\", \"plus\", \"pro\"], \"tier\": \"individual\"},"
          + "{\"product\": \"dalle\", \"plans\": [\"free\", \"plus\", \"pro\"], \"tier\": \"individual\"},"
          + "{\"product\": \"chatgpt\", \"plans\": [\"team\", \"enterprise\", \"edu\"], \"tier\": \"business\"},"
          + "{\"product\": \"api\", \"plans\": [\"*\"], \"tier\": \"business\"}]";

  private static PolicyFile parse(String json) {
    return PolicyFile.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String policy(String tiers, String scope) {
    return "{\"name\": \"t\", \"tiers\": " + tiers + (scope == null ? "" : ", \"opt_out_scope\": \"" + scope + "\"") + "}";
  }

  private static IllegalArgumentException refused(String json) {
    return assertThrows(IllegalArgumentException.class, () -> parse(json));
  }

  // --- the default policy ---

  @Test
  void defaultPolicyCarriesTheTableOfPolicyMd() {
    PolicyFile p = PolicyFile.defaultPolicy();
    assertThat(p.name(), is("default"));
    assertThat(p.optOutScope(), is(OptOutScope.NEW_CONVERSATIONS));
    TierTable expected = TierTable.of(List.of(
        new TierTable.Entry("chatgpt", "free", Tier.INDIVIDUAL), new TierTable.Entry("chatgpt", "plus", Tier.INDIVIDUAL),
        new TierTable.Entry("chatgpt", "pro", Tier.INDIVIDUAL), new TierTable.Entry("dalle", "free", Tier.INDIVIDUAL),
        new TierTable.Entry("dalle", "plus", Tier.INDIVIDUAL), new TierTable.Entry("dalle", "pro", Tier.INDIVIDUAL),
        new TierTable.Entry("chatgpt", "team", Tier.BUSINESS), new TierTable.Entry("chatgpt", "enterprise", Tier.BUSINESS),
        new TierTable.Entry("chatgpt", "edu", Tier.BUSINESS), new TierTable.Entry("api", "*", Tier.BUSINESS)));
    assertThat(p.tierTable(), is(expected));
  }

  @Test
  void defaultPolicyRedactsEveryTypeIndexedWithTheDefaultRegions() {
    RedactionRules r = PolicyFile.defaultPolicy().redaction();
    for (EntityType type : EntityType.values()) {
      assertThat(type.name(), r.operatorFor(type), is(Operator.INDEXED));
    }
    assertThat(r.maskKeepLast(), is(4));
    assertThat(r.phoneRegions(), is(RedactionRules.DEFAULT_PHONE_REGIONS));
  }

  @Test
  void defaultPolicyIsTheShippedPipelinesFile() throws Exception {
    Path source = Path.of("pipelines", "policy.json");
    PolicyFile fromSource = PolicyFile.parse(Files.readAllBytes(source));
    assertThat(PolicyFile.defaultPolicy().fingerprint(), is(fromSource.fingerprint()));
  }

  // --- parsing ---

  @Test
  void scopeDefaultsToNewConversations() {
    assertThat(parse(policy(TIERS, null)).optOutScope(), is(OptOutScope.NEW_CONVERSATIONS));
  }

  @Test
  void scopeIsReadCaseInsensitively() {
    assertThat(parse(policy(TIERS, " all_content ")).optOutScope(), is(OptOutScope.ALL_CONTENT));
  }

  @Test
  void unknownScopeIsRefusedNamingTheField() {
    assertThat(refused(policy(TIERS, "EVERYTHING")).getMessage(), containsString("opt_out_scope"));
  }

  @Test
  void missingTiersAreRefusedNamingTheField() {
    assertThat(refused("{\"name\": \"x\"}").getMessage(), containsString("tiers"));
  }

  @Test
  void emptyTiersAreRefusedNamingTheField() {
    assertThat(refused(policy("[]", null)).getMessage(), containsString("tiers"));
  }

  @Test
  void tiersThatAreNotAnArrayAreRefused() {
    assertThat(refused(policy("{\"product\": \"chatgpt\"}", null)).getMessage(), containsString("tiers"));
  }

  @Test
  void rowWithoutProductIsRefusedNamingTheField() {
    assertThat(refused(policy("[{\"plans\": [\"plus\"], \"tier\": \"individual\"}]", null)).getMessage(),
        containsString("product"));
  }

  @Test
  void rowWithEmptyPlansIsRefusedNamingTheField() {
    assertThat(refused(policy("[{\"product\": \"chatgpt\", \"plans\": [], \"tier\": \"individual\"}]", null)).getMessage(),
        containsString("plans"));
  }

  @Test
  void rowWithAnUnknownTierIsRefusedNamingTheField() {
    IllegalArgumentException e = refused(policy("[{\"product\": \"chatgpt\", \"plans\": [\"plus\"], \"tier\": \"premium\"}]", null));
    assertThat(e.getMessage(), containsString("tier"));
    assertThat(e.getMessage(), containsString("premium"));
  }

  @Test
  void rowSayingUnknownIsRefused() {
    refused(policy("[{\"product\": \"chatgpt\", \"plans\": [\"plus\"], \"tier\": \"unknown\"}]", null));
  }

  @Test
  void conflictingRowsAreRefused() {
    IllegalArgumentException e = refused(policy(
        "[{\"product\": \"chatgpt\", \"plans\": [\"plus\"], \"tier\": \"individual\"},"
            + "{\"product\": \"ChatGPT\", \"plans\": [\"Plus\"], \"tier\": \"business\"}]", null));
    assertThat(e.getMessage(), containsStringIgnoringCase("plus"));
    assertThat(e.getMessage(), containsString("both"));
  }

  @Test
  void notJsonIsRefused() {
    assertThat(refused("{tiers: ").getMessage(), containsString("not valid JSON"));
  }

  @Test
  void aRootThatIsNotAnObjectIsRefused() {
    assertThat(refused("[1, 2]").getMessage(), containsString("object"));
  }

  @Test
  void unknownEntityTypeIsRefusedNamingTheField() {
    IllegalArgumentException e = refused(
        "{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"SHOE_SIZE\": \"tag\"}}}");
    assertThat(e.getMessage(), containsString("redaction.operators"));
    assertThat(e.getMessage(), containsString("SHOE_SIZE"));
  }

  @Test
  void unknownOperatorIsRefused() {
    IllegalArgumentException e = refused("{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"EMAIL\": \"shred\"}}}");
    assertThat(e.getMessage(), containsString("shred"));
  }

  @Test
  void unknownOperatorErrorNamesTheField() {
    IllegalArgumentException e = refused("{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"EMAIL\": \"shred\"}}}");
    assertThat(e.getMessage(), containsString("EMAIL"));
    assertThat(e.getMessage(), containsString("redaction.operators"));
  }

  @Test
  void negativeMaskKeepLastIsRefusedNamingTheField() {
    assertThat(refused("{\"tiers\": " + TIERS + ", \"redaction\": {\"mask_keep_last\": -1}}").getMessage(),
        containsString("mask_keep_last"));
  }

  @Test
  void nonNumericMaskKeepLastIsRefused() {
    assertThat(refused("{\"tiers\": " + TIERS + ", \"redaction\": {\"mask_keep_last\": \"four\"}}").getMessage(),
        containsString("mask_keep_last"));
  }

  @Test
  void redactionSettingsAreRead() {
    PolicyFile p = parse("{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"email\": \"MASK\", \"PHONE\": \"hash\"},"
        + " \"mask_keep_last\": 2, \"phone_regions\": [\"us\", \" gb\"]}}");
    assertThat(p.redaction().operatorFor(EntityType.EMAIL), is(Operator.MASK));
    assertThat(p.redaction().operatorFor(EntityType.PHONE), is(Operator.HASH));
    assertThat(p.redaction().operatorFor(EntityType.PERSON), is(Operator.INDEXED));
    assertThat(p.redaction().maskKeepLast(), is(2));
    assertThat(p.redaction().phoneRegions(), is(List.of("US", "GB")));
  }

  @Test
  void tierTableOfAParsedFileAnswersLookups() {
    PolicyFile p = parse(policy("[{\"product\": \"Sora\", \"plans\": [\"Plus\", \"*\"], \"tier\": \"BUSINESS\"}]", null));
    assertThat(p.tierTable().tierOf("sora", "anything"), is(Tier.BUSINESS));
    assertThat(p.tierTable().tierOf("chatgpt", "plus"), is(Tier.UNKNOWN));
  }

  // --- fingerprint ---

  @Test
  void fingerprintIsASha256HexDigest() {
    assertThat(PolicyFile.defaultPolicy().fingerprint(), matchesPattern("sha256:[0-9a-f]{64}"));
  }

  @Test
  void sameRulesInAnotherLayoutHaveTheSameFingerprint() {
    String relaidOut = "{\n  \"opt_out_scope\": \"new_conversations\",\n  \"description\": \"other words\", \"name\": \"renamed\",\n"
        + "  \"tiers\": [\n"
        + "    {\"tier\": \"Business\", \"plans\": [\"*\"], \"product\": \"API\"},\n"
        + "    {\"product\": \"chatgpt\", \"plans\": [\"edu\", \"team\"], \"tier\": \"business\"},\n"
        + "    {\"product\": \"chatgpt\", \"plans\": [\"enterprise\"], \"tier\": \"business\"},\n"
        + "    {\"product\": \" DALLE \", \"plans\": [\"pro\", \"plus\", \"free\"], \"tier\": \"individual\"},\n"
        + "    {\"product\": \"ChatGPT\", \"plans\": [\"Plus\", \"free\", \"pro\", \"plus\"], \"tier\": \"individual\"}\n"
        + "  ]\n}";
    assertThat(parse(relaidOut).fingerprint(), is(PolicyFile.defaultPolicy().fingerprint()));
  }

  @Test
  void explicitDefaultRedactionHasTheSameFingerprintAsNone() {
    String explicit = "{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"EMAIL\": \"indexed\"}, \"mask_keep_last\": 4}}";
    assertThat(parse(explicit).fingerprint(), is(parse(policy(TIERS, null)).fingerprint()));
  }

  @Test
  void anotherOptOutScopeChangesTheFingerprint() {
    String newConversations = parse(policy(TIERS, "NEW_CONVERSATIONS")).fingerprint();
    String allContent = parse(policy(TIERS, "ALL_CONTENT")).fingerprint();
    assertThat(allContent, is(not(newConversations)));
  }

  @Test
  void scopeOverrideMatchesAFileWithThatScope() {
    PolicyFile overridden = parse(policy(TIERS, "NEW_CONVERSATIONS")).withOptOutScope(OptOutScope.ALL_CONTENT);
    assertThat(overridden.optOutScope(), is(OptOutScope.ALL_CONTENT));
    assertThat(overridden.fingerprint(), is(parse(policy(TIERS, "ALL_CONTENT")).fingerprint()));
    assertThat(overridden.tierTable(), is(parse(policy(TIERS, null)).tierTable()));
  }

  @Test
  void anotherTierChangesTheFingerprint() {
    String moved = TIERS.replace("\"team\", ", "");
    moved = moved.replace("\"plus\", \"pro\"], \"tier\": \"individual\"},{\"product\": \"dalle\"",
        "\"plus\", \"pro\", \"team\"], \"tier\": \"individual\"},{\"product\": \"dalle\"");
    assertThat(parse(policy(moved, null)).tierTable().tierOf("chatgpt", "team"), is(Tier.INDIVIDUAL));
    assertThat(parse(policy(moved, null)).fingerprint(), is(not(parse(policy(TIERS, null)).fingerprint())));
  }

  @Test
  void anotherOperatorChangesTheFingerprint() {
    String masked = "{\"tiers\": " + TIERS + ", \"redaction\": {\"operators\": {\"EMAIL\": \"mask\"}}}";
    assertThat(parse(masked).fingerprint(), is(not(parse(policy(TIERS, null)).fingerprint())));
  }

  @Test
  void anotherMaskLengthChangesTheFingerprint() {
    String keepTwo = "{\"tiers\": " + TIERS + ", \"redaction\": {\"mask_keep_last\": 2}}";
    assertThat(parse(keepTwo).fingerprint(), is(not(parse(policy(TIERS, null)).fingerprint())));
  }

  @Test
  void duplicateKeyInThePolicyFileIsRefused() {
    refused("{\"tiers\": " + TIERS + ", \"opt_out_scope\": \"ALL_CONTENT\", \"opt_out_scope\": \"NEW_CONVERSATIONS\"}");
  }
}
