package io.traingate.policy;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rules 3 to 12 of policy.md for one conversation that was parsed (rule 1) and won its duplicate
 * tie-break (rule 2, {@link DuplicateTieBreak}). The first rule that applies wins.
 */
public final class EligibilityRules implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TierTable tiers;
  private final OptOutScope optOutScope;
  private final Instant consentAsOf;
  private final boolean allowEmptyConsent;

  public EligibilityRules(TierTable tiers, OptOutScope optOutScope, Instant consentAsOf, boolean allowEmptyConsent) {
    this.tiers = Objects.requireNonNull(tiers, "tiers");
    this.optOutScope = Objects.requireNonNull(optOutScope, "optOutScope");
    this.consentAsOf = Objects.requireNonNull(consentAsOf, "consentAsOf");
    this.allowEmptyConsent = allowEmptyConsent;
  }

  /**
   * @param consentInput the run's consent input as a whole
   * @param timeline the user's consent timeline, or null when no consent record names the user
   */
  public Verdict decide(Conversation conversation, ConsentInputStatus consentInput, ConsentTimeline timeline) {
    Tier tier = tiers.tierOf(conversation.product(), conversation.plan());
    if (conversation.inWorkspace() || tier == Tier.BUSINESS) {
      return Verdict.excluded(Decision.EXCLUDED_BUSINESS_TIER);
    }
    if (tier == Tier.UNKNOWN) {
      return Verdict.excluded(Decision.EXCLUDED_UNKNOWN_TIER);
    }
    if (conversation.temporary()) {
      return Verdict.excluded(Decision.EXCLUDED_TEMPORARY_CHAT);
    }
    if (consentInput.isUnusable(allowEmptyConsent)) {
      return Verdict.excluded(Decision.EXCLUDED_CONSENT_UNAVAILABLE);
    }
    ConsentTimeline consent = timeline != null ? timeline : ConsentTimeline.empty();
    if (consent.hasUnreadableRecord()) {
      return Verdict.excluded(Decision.EXCLUDED_CONSENT_UNAVAILABLE);
    }
    if (consent.isDeleted()) {
      return Verdict.excluded(Decision.EXCLUDED_USER_DELETED);
    }
    if (conversation.createdAt().isAfter(consentAsOf)) {
      return Verdict.excluded(Decision.EXCLUDED_BEYOND_CONSENT_HORIZON);
    }
    if (isOptedOut(conversation, consent)) {
      return Verdict.excluded(Decision.EXCLUDED_OPTED_OUT);
    }
    return filterMessages(conversation, consent);
  }

  private boolean isOptedOut(Conversation conversation, ConsentTimeline consent) {
    return consent.isOptedOutAt(conversation.createdAt())
        || (optOutScope == OptOutScope.ALL_CONTENT && consent.isOptedOutAt(consentAsOf));
  }

  private Verdict filterMessages(Conversation conversation, ConsentTimeline consent) {
    Optional<Instant> optOut = consent.firstOptOutAfter(conversation.createdAt());
    List<Message> kept = new ArrayList<>(conversation.messages().size());
    int droppedAfterOptOut = 0;
    int droppedBeyondHorizon = 0;
    boolean anyContent = false;
    for (Message message : conversation.messages()) {
      Instant time = message.timeIn(conversation);
      if (optOut.isPresent() && !time.isBefore(optOut.get())) {
        droppedAfterOptOut++;
      } else if (time.isAfter(consentAsOf)) {
        droppedBeyondHorizon++;
      } else {
        kept.add(message);
        anyContent |= !message.isBlank();
      }
    }
    if (!anyContent) {
      return new Verdict(Decision.EXCLUDED_EMPTY, List.of(), droppedAfterOptOut, droppedBeyondHorizon);
    }
    return new Verdict(Decision.ELIGIBLE, kept, droppedAfterOptOut, droppedBeyondHorizon);
  }

  public TierTable tiers() {
    return tiers;
  }

  public OptOutScope optOutScope() {
    return optOutScope;
  }

  public Instant consentAsOf() {
    return consentAsOf;
  }

  public boolean allowEmptyConsent() {
    return allowEmptyConsent;
  }
}
