package visitoridentity.application.sign;

/**
 * Computes, with the workspace's active key, the native (PlainValue) signatures of the given claims,
 * or an identity token (HS256) carrying them. A workspace that takes only public-key tokens gets
 * neither: its database cannot mint identities.
 */
public interface SignIdentityUseCase {
    IdentitySignatures sign(SignIdentityCommand command);

    MintedIdentityToken mint(MintIdentityTokenCommand command);
}
