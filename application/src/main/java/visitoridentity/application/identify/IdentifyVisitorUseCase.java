package visitoridentity.application.identify;

/**
 * Resolves the token's visitor, verifies the claims per the workspace's policy and the dialect's
 * scheme, links, merges or switches per the trust rules, associates the contact, applies the
 * metadata patch within the policy, and saves it all atomically.
 */
public interface IdentifyVisitorUseCase {
    IdentityResult identify(IdentifyVisitorCommand command);
}
