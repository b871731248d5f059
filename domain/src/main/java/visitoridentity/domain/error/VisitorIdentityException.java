package visitoridentity.domain.error;

/**
 * The small, closed family of failures the core reports. Every one of them is the caller's doing
 * (a bad input, a missing credential, an unknown id), so an adapter can map each subtype to a
 * specific client error; none of them means the state changed.
 */
public abstract sealed class VisitorIdentityException extends RuntimeException
        permits InvalidFieldException,
                MetadataTooLargeException,
                SignatureRequiredException,
                SignatureInvalidException,
                SignatureMalformedException,
                UnauthorizedException,
                NotFoundException,
                ProofRefusedException {

    protected VisitorIdentityException(String message) {
        super(message, null, false, false);
    }
}
