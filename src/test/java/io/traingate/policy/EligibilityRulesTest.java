package io.traingate.policy;

import static io.traingate.policy.Fixtures.at;
import static io.traingate.policy.Fixtures.conversation;
import static io.traingate.policy.Fixtures.event;
import static io.traingate.policy.Fixtures.msg;
import static io.traingate.policy.Fixtures.temporary;
import static io.traingate.policy.Fixtures.timeline;
import static io.traingate.policy.Fixtures.withTier;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {
  private static final Instant AS_OF = at("2026-06-01");
  private static final TierTable TIERS = PolicyFile.defaultPolicy().tierTable();
  private static final ConsentInputStatus USABLE = new ConsentInputStatus(10, 0);

  private static EligibilityRules rules(OptOutScope scope) {
    return new EligibilityRules(TIERS, scope, AS_OF, false);
  }

  private static final EligibilityRules RULES = rules(OptOutScope.NEW_CONVERSATIONS);

  private static Conversation plain() {
    return conversation("c1", "2026-03-01", msg("hello", null));
  }

  private static Decision decide(Conversation c) {
    return RULES.decide(c, USABLE, timeline()).decision();
  }

  // --- rule 3 ---

  @Test
  void workspaceConversationIsBusinessEvenOnAnIndividualPlan() {
    assertThat(decide(withTier(plain(), "ws-1", "chatgpt", "plus")), is(Decision.EXCLUDED_BUSINESS_TIER));
  }

  @Test
  void blankButNonEmptyWorkspaceCountsAsBusiness() {
    assertThat(decide(withTier(plain(), "  ", "chatgpt", "plus")), is(Decision.EXCLUDED_BUSINESS_TIER));
  }

  @Test
  void emptyWorkspaceIsNotBusiness() {
    assertThat(decide(withTier(plain(), "", "chatgpt", "plus")), is(Decision.ELIGIBLE));
  }

  @ParameterizedTest
  @CsvSource({"chatgpt,team", "chatgpt,enterprise", "chatgpt,edu", "' ChatGPT ',' TEAM'", "api,free", "api,anything-at-all", "API,Plus"})
  void businessTierFromProductAndPlan(String product, String plan) {
    assertThat(decide(withTier(plain(), null, product, plan)), is(Decision.EXCLUDED_BUSINESS_TIER));
  }

  @ParameterizedTest
  @CsvSource({"chatgpt,free", "chatgpt,plus", "chatgpt,pro", "dalle,free", "dalle,plus", "dalle,pro", "' CHATGPT','Plus '", "DallE,PRO"})
  void individualTiersAreEligibleWhateverCaseOrSurroundingSpace(String product, String plan) {
    assertThat(decide(withTier(plain(), null, product, plan)), is(Decision.ELIGIBLE));
  }

  // --- rule 4 ---

  @ParameterizedTest
  @CsvSource({"chatgpt,gold", "sora,plus", "dalle,team", "'',''", "chatgpt,*", "chat gpt,plus"})
  void pairsOutsideTheTableAreUnknownTier(String product, String plan) {
    assertThat(decide(withTier(plain(), null, product, plan)), is(Decision.EXCLUDED_UNKNOWN_TIER));
  }

  @Test
  void workspaceBeatsUnknownTier() {
    assertThat(decide(withTier(plain(), "ws", "sora", "gold")), is(Decision.EXCLUDED_BUSINESS_TIER));
  }

  // --- rule 5 ---

  @Test
  void temporaryChatIsExcluded() {
    assertThat(decide(temporary(plain())), is(Decision.EXCLUDED_TEMPORARY_CHAT));
  }

  @Test
  void businessBeatsTemporary() {
    assertThat(decide(temporary(withTier(plain(), null, "chatgpt", "team"))), is(Decision.EXCLUDED_BUSINESS_TIER));
  }

  @Test
  void unknownTierBeatsTemporary() {
    assertThat(decide(temporary(withTier(plain(), null, "sora", "plus"))), is(Decision.EXCLUDED_UNKNOWN_TIER));
  }

  // --- rule 6 ---

  @Test
  void zeroConsentEventsMakeConsentUnavailable() {
    Verdict v = RULES.decide(plain(), new ConsentInputStatus(0, 0), null);
    assertThat(v.decision(), is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  @Test
  void zeroConsentEventsAreAcceptedWhenTheRunAllowsIt() {
    EligibilityRules allowing = new EligibilityRules(TIERS, OptOutScope.NEW_CONVERSATIONS, AS_OF, true);
    assertThat(allowing.decide(plain(), new ConsentInputStatus(0, 0), null).decision(), is(Decision.ELIGIBLE));
  }

  @Test
  void oneUnattributedBadConsentRecordMakesConsentUnavailableForEveryone() {
    Verdict v = RULES.decide(plain(), new ConsentInputStatus(1000, 1), timeline());
    assertThat(v.decision(), is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  @Test
  void allowEmptyConsentDoesNotExcuseAnUnattributedBadRecord() {
    EligibilityRules allowing = new EligibilityRules(TIERS, OptOutScope.NEW_CONVERSATIONS, AS_OF, true);
    assertThat(allowing.decide(plain(), new ConsentInputStatus(0, 1), null).decision(),
        is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  @Test
  void temporaryBeatsConsentUnavailable() {
    assertThat(RULES.decide(temporary(plain()), new ConsentInputStatus(0, 0), null).decision(),
        is(Decision.EXCLUDED_TEMPORARY_CHAT));
  }

  @Test
  void consentUnavailableBeatsDeleted() {
    ConsentTimeline deleted = timeline(event(ConsentAction.DELETE, "2026-01-01"));
    assertThat(RULES.decide(plain(), new ConsentInputStatus(5, 1), deleted).decision(),
        is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  // --- rule 7 ---

  @Test
  void userWithAnUnreadableConsentRecordIsExcluded() {
    ConsentTimeline unreadable = ConsentTimeline.of(List.of(), true);
    assertThat(RULES.decide(plain(), USABLE, unreadable).decision(), is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  @Test
  void unreadableRecordBeatsDeleted() {
    ConsentTimeline both = ConsentTimeline.of(List.of(event(ConsentAction.DELETE, "2026-01-01")), true);
    assertThat(RULES.decide(plain(), USABLE, both).decision(), is(Decision.EXCLUDED_CONSENT_UNAVAILABLE));
  }

  @Test
  void userWithoutAnyConsentRecordIsOptedIn() {
    assertThat(RULES.decide(plain(), USABLE, null).decision(), is(Decision.ELIGIBLE));
  }

  // --- rule 8 ---

  @ParameterizedTest
  @CsvSource({"2020-01-01", "2026-03-01", "2030-01-01"})
  void deleteAtAnyTimeExcludesTheUser(String deleteAt) {
    ConsentTimeline deleted = timeline(event(ConsentAction.DELETE, deleteAt), event(ConsentAction.OPT_IN, "2031-01-01"));
    assertThat(RULES.decide(plain(), USABLE, deleted).decision(), is(Decision.EXCLUDED_USER_DELETED));
  }

  @Test
  void deletedBeatsBeyondHorizon() {
    ConsentTimeline deleted = timeline(event(ConsentAction.DELETE, "2026-01-01"));
    Conversation late = conversation("c", "2026-07-01", msg("x", null));
    assertThat(RULES.decide(late, USABLE, deleted).decision(), is(Decision.EXCLUDED_USER_DELETED));
  }

  // --- rule 9 ---

  @Test
  void conversationStartedAfterTheConsentSnapshotIsBeyondHorizon() {
    Conversation late = conversation("c", "2026-06-01T00:00:00.001Z", msg("x", null));
    assertThat(decide(late), is(Decision.EXCLUDED_BEYOND_CONSENT_HORIZON));
  }

  @Test
  void conversationStartedExactlyAtTheConsentSnapshotIsInside() {
    assertThat(decide(conversation("c", "2026-06-01", msg("x", null))), is(Decision.ELIGIBLE));
  }

  @Test
  void beyondHorizonBeatsOptedOut() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-01-01"));
    Conversation late = conversation("c", "2026-07-01", msg("x", null));
    assertThat(RULES.decide(late, USABLE, out).decision(), is(Decision.EXCLUDED_BEYOND_CONSENT_HORIZON));
  }

  // --- rule 10 ---

  @Test
  void optedOutWhenTheConversationStarts() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-02-01"));
    assertThat(RULES.decide(plain(), USABLE, out).decision(), is(Decision.EXCLUDED_OPTED_OUT));
  }

  @Test
  void optOutAtTheVeryInstantOfTheStartExcludes() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-03-01"));
    assertThat(RULES.decide(plain(), USABLE, out).decision(), is(Decision.EXCLUDED_OPTED_OUT));
  }

  @Test
  void optedOutBeatsEmpty() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-02-01"));
    Conversation blank = conversation("c", "2026-03-01", msg("   ", null));
    assertThat(RULES.decide(blank, USABLE, out).decision(), is(Decision.EXCLUDED_OPTED_OUT));
  }

  @Test
  void optOutAfterTheStartDoesNotExcludeUnderNewConversationsScope() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-04-01"));
    Verdict v = RULES.decide(conversation("c", "2026-03-01", msg("early", null), msg("late", "2026-04-02")), USABLE, out);
    assertThat(v.decision(), is(Decision.ELIGIBLE));
    assertThat(v.keptMessages().stream().map(Message::content).toList(), contains("early"));
    assertThat(v.droppedAfterOptOut(), is(1));
  }

  @Test
  void allContentScopeExcludesAUserOptedOutAtTheSnapshot() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-04-01"));
    assertThat(rules(OptOutScope.ALL_CONTENT).decide(plain(), USABLE, out).decision(), is(Decision.EXCLUDED_OPTED_OUT));
  }

  @Test
  void allContentScopeKeepsAUserOptedBackInAtTheSnapshot() {
    ConsentTimeline back = timeline(event(ConsentAction.OPT_OUT, "2026-04-01"), event(ConsentAction.OPT_IN, "2026-05-01"));
    assertThat(rules(OptOutScope.ALL_CONTENT).decide(plain(), USABLE, back).decision(), is(Decision.ELIGIBLE));
  }

  @Test
  void allContentScopeDoesNotLookPastTheSnapshot() {
    ConsentTimeline laterOut = timeline(event(ConsentAction.OPT_OUT, "2026-06-01T00:00:00.001Z"));
    assertThat(rules(OptOutScope.ALL_CONTENT).decide(plain(), USABLE, laterOut).decision(), is(Decision.ELIGIBLE));
  }

  // --- rule 11 and message filtering ---

  @Test
  void conversationWithoutMessagesIsEmpty() {
    assertThat(decide(conversation("c", "2026-03-01")), is(Decision.EXCLUDED_EMPTY));
  }

  @Test
  void conversationWithOnlyBlankMessagesIsEmpty() {
    assertThat(decide(conversation("c", "2026-03-01", msg("", null), msg(" \t\n", null))), is(Decision.EXCLUDED_EMPTY));
  }

  @Test
  void emptyAfterFilteringStillReportsWhatWasDropped() {
    ConsentTimeline out = timeline(event(ConsentAction.OPT_OUT, "2026-03-02"));
    Conversation c = conversation("c", "2026-03-01",
        msg(" ", null), msg("after opt-out", "2026-03-03"), msg("after both", "2026-07-01"));
    Verdict v = RULES.decide(c, USABLE, out);
    assertThat(v.decision(), is(Decision.EXCLUDED_EMPTY));
    assertThat(v.keptMessages(), is(empty()));
    assertThat(v.droppedAfterOptOut(), is(2));
    assertThat(v.droppedBeyondHorizon(), is(0));
  }

  @Test
  void conversationWhoseMessagesAreAllBeyondTheHorizonIsEmpty() {
    Conversation c = conversation("c", "2026-05-31", msg("late", "2026-06-02"), msg("later", "2026-06-03"));
    Verdict v = RULES.decide(c, USABLE, timeline());
    assertThat(v.decision(), is(Decision.EXCLUDED_EMPTY));
    assertThat(v.droppedBeyondHorizon(), is(2));
    assertThat(v.droppedAfterOptOut(), is(0));
  }

  @Test
  void messagesAfterTheHorizonAreDroppedAndCounted() {
    Conversation c = conversation("c", "2026-05-31",
        msg("in", null), msg("at horizon", "2026-06-01"), msg("beyond", "2026-06-01T00:00:00.000000001Z"));
    Verdict v = RULES.decide(c, USABLE, timeline());
    assertThat(v.decision(), is(Decision.ELIGIBLE));
    assertThat(v.keptMessages().stream().map(Message::content).toList(), contains("in", "at horizon"));
    assertThat(v.droppedBeyondHorizon(), is(1));
    assertThat(v.droppedAfterOptOut(), is(0));
  }

  @Test
  void messageAtTheOptOutInstantIsDroppedAndOptingInAgainDoesNotBringLaterOnesBack() {
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-03-10"), event(ConsentAction.OPT_IN, "2026-03-11"));
    Conversation c = conversation("c", "2026-03-01",
        msg("before", "2026-03-09T23:59:59.999Z"), msg("at", "2026-03-10"), msg("after opt-in", "2026-03-12"));
    Verdict v = RULES.decide(c, USABLE, t);
    assertThat(v.decision(), is(Decision.ELIGIBLE));
    assertThat(v.keptMessages().stream().map(Message::content).toList(), contains("before"));
    assertThat(v.droppedAfterOptOut(), is(2));
  }

  @Test
  void messageBothAfterOptOutAndBeyondHorizonCountsAsAfterOptOut() {
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-04-01"));
    Conversation c = conversation("c", "2026-03-01", msg("keep", null), msg("late", "2026-07-01"));
    Verdict v = RULES.decide(c, USABLE, t);
    assertThat(v.droppedAfterOptOut(), is(1));
    assertThat(v.droppedBeyondHorizon(), is(0));
  }

  @Test
  void messageWithoutItsOwnTimeTakesTheConversationsTime() {
    // an opt-out strictly after the start does not reach a message that has the start's time
    ConsentTimeline t = timeline(event(ConsentAction.OPT_OUT, "2026-03-01T00:00:00.001Z"));
    Verdict v = RULES.decide(conversation("c", "2026-03-01", msg("untimed", null)), USABLE, t);
    assertThat(v.decision(), is(Decision.ELIGIBLE));
    assertThat(v.droppedAfterOptOut(), is(0));
  }

  @Test
  void eligibleKeepsMessagesInOrder() {
    Conversation c = conversation("c", "2026-03-01", msg("one", null), msg("two", "2026-03-02"), msg("three", "2026-03-03"));
    Verdict v = RULES.decide(c, USABLE, timeline());
    assertThat(v.decision(), is(Decision.ELIGIBLE));
    assertThat(v.keptMessages().stream().map(Message::content).toList(), contains("one", "two", "three"));
  }

  // --- the worked timeline of policy.md ---

  static Stream<Arguments> workedTimeline() {
    return Stream.of(
        // scope, u1 ends opted out, conversation, decision, kept messages, dropped after opt-out
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, false, "a", Decision.ELIGIBLE, 1, 1),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, false, "b", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, false, "c", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, false, "d", Decision.ELIGIBLE, 1, 0),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, false, "e", Decision.EXCLUDED_BEYOND_CONSENT_HORIZON, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, false, "a", Decision.ELIGIBLE, 1, 1),
        Arguments.of(OptOutScope.ALL_CONTENT, false, "b", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, false, "c", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, false, "d", Decision.ELIGIBLE, 1, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, false, "e", Decision.EXCLUDED_BEYOND_CONSENT_HORIZON, 0, 0),
        // u1 opts out again on 2026-05-01 and stays out at consentAsOf
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, true, "a", Decision.ELIGIBLE, 1, 1),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, true, "d", Decision.ELIGIBLE, 1, 0),
        Arguments.of(OptOutScope.NEW_CONVERSATIONS, true, "e", Decision.EXCLUDED_BEYOND_CONSENT_HORIZON, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, true, "a", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, true, "b", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, true, "c", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, true, "d", Decision.EXCLUDED_OPTED_OUT, 0, 0),
        Arguments.of(OptOutScope.ALL_CONTENT, true, "e", Decision.EXCLUDED_BEYOND_CONSENT_HORIZON, 0, 0));
  }

  private static Conversation worked(String name) {
    return switch (name) {
      case "a" -> conversation("a", "2026-03-01", msg("a1", "2026-03-01"), msg("a2", "2026-03-12"));
      case "b" -> conversation("b", "2026-03-10T00:00:00Z", msg("b1", "2026-03-10"));
      case "c" -> conversation("c", "2026-03-20", msg("c1", "2026-03-20"));
      case "d" -> conversation("d", "2026-04-02", msg("d1", "2026-04-02"));
      case "e" -> conversation("e", "2026-07-01", msg("e1", "2026-07-01"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0}, ends opted out={1}: {2} -> {3}")
  @MethodSource("workedTimeline")
  void workedTimelineOfPolicyMd(
      OptOutScope scope, boolean endsOptedOut, String name, Decision expected, int kept, int droppedAfterOptOut) {
    ConsentTimeline u1 = endsOptedOut
        ? timeline(event(ConsentAction.OPT_IN, "2026-04-01"), event(ConsentAction.OPT_OUT, "2026-03-10"),
            event(ConsentAction.OPT_OUT, "2026-05-01"))
        : timeline(event(ConsentAction.OPT_IN, "2026-04-01"), event(ConsentAction.OPT_OUT, "2026-03-10"));
    Verdict v = rules(scope).decide(worked(name), USABLE, u1);
    assertThat(v.decision(), is(expected));
    assertThat(v.keptMessages().size(), is(kept));
    assertThat(v.droppedAfterOptOut(), is(droppedAfterOptOut));
    assertThat(v.droppedBeyondHorizon(), is(0));
  }

  @Test
  void workedConversationAKeepsTheMarchFirstMessageOnly() {
    ConsentTimeline u1 = timeline(event(ConsentAction.OPT_OUT, "2026-03-10"), event(ConsentAction.OPT_IN, "2026-04-01"));
    Verdict v = RULES.decide(worked("a"), USABLE, u1);
    assertThat(v.keptMessages().stream().map(Message::content).toList(), contains("a1"));
  }
}
