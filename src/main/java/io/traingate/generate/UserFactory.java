package io.traingate.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives user {@code index}'s profile from the seed alone, so every conversation of a user, made
 * on any worker, carries the same plan and workspace.
 */
final class UserFactory {

  /** One row of the plan mix; {@code weight} is its share of users in percent. */
  record PlanShare(String product, String plan, boolean inWorkspace, double weight) {}

  /**
   * Mostly ChatGPT individual plans, as in the consumer product; some DALL·E; business plans in
   * workspaces; the API; and a few plans the policy's tier table does not know.
   */
  static final List<PlanShare> PLAN_MIX =
      List.of(
          new PlanShare("chatgpt", "free", false, 44),
          new PlanShare("chatgpt", "plus", false, 20),
          new PlanShare("chatgpt", "pro", false, 4),
          new PlanShare("dalle", "free", false, 3),
          new PlanShare("dalle", "plus", false, 2),
          new PlanShare("chatgpt", "team", true, 9),
          new PlanShare("chatgpt", "enterprise", true, 6),
          new PlanShare("chatgpt", "edu", true, 2),
          new PlanShare("api", "pay_as_you_go", false, 5),
          new PlanShare("api", "scale_tier", false, 3),
          new PlanShare("chatgpt", "legacy", false, 1),
          new PlanShare("sora", "plus", false, 1));

  /** Users of one organisation share a workspace: about this many users per workspace. */
  private static final int USERS_PER_WORKSPACE = 25;

  private final long seed;

  UserFactory(long seed) {
    this.seed = seed;
  }

  UserProfile user(long index) {
    SplittableRandom random = Seeds.random(seed, Seeds.Purpose.USER, index);
    PlanShare share = Weighted.pick(random, PLAN_MIX, PlanShare::weight);
    String workspaceId = null;
    if (share.inWorkspace()) {
      // neighbouring users of one plan form one organisation
      long workspace = index / USERS_PER_WORKSPACE * PLAN_MIX.size() + PLAN_MIX.indexOf(share);
      workspaceId = Seeds.id("ws-", seed, Seeds.Purpose.WORKSPACE_ID, workspace);
    }
    return new UserProfile(
        Seeds.id("user-", seed, Seeds.Purpose.USER_ID, index), share.product(), share.plan(), workspaceId);
  }
}
