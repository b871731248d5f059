package visitoridentity.application.sign;

/** Computes, with the workspace's active key, the native (PlainValue) signatures of the given claims. */
public interface SignIdentityUseCase {
    IdentitySignatures sign(SignIdentityCommand command);
}
