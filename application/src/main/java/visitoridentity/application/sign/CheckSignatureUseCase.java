package visitoridentity.application.sign;

/**
 * The integration check's signature tester: says whether a signature an integrator's backend made
 * for one claim verifies with the workspace's keys, over which form of the value, and with which
 * key. Changes nothing and records nothing.
 */
public interface CheckSignatureUseCase {
    SignatureCheckReport check(CheckSignatureCommand command);
}
