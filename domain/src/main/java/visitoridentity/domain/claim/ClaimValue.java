package visitoridentity.domain.claim;

/** A claim's value in its normal form: the text that is stored, linked and signed. */
public interface ClaimValue {
    String value();
}
