package io.traingate.generate;

/**
 * A generated user: what they pay for decides what the gate may do with their conversations.
 *
 * @param workspaceId the business workspace their conversations are made in, or null
 */
record UserProfile(String userId, String product, String plan, String workspaceId) {}
