package visitoridentity.application.workspace;

/** A new active signing key (generated or imported); the previous one keeps verifying for the grace period. */
public interface RotateSigningKeyUseCase {
    RotatedSigningKey rotate(RotateSigningKeyCommand command);
}
