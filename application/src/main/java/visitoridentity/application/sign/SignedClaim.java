package visitoridentity.application.sign;

import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.id.AnonymousId;

/** What a native (PlainValue) signature can sign, each with the normal form the server stores. */
public enum SignedClaim {
    EXTERNAL_ID {
        @Override
        String normalForm(String value) {
            return ExternalId.of(value).value();
        }
    },
    EMAIL {
        @Override
        String normalForm(String value) {
            return Email.of(value).value();
        }
    },
    PHONE {
        @Override
        String normalForm(String value) {
            return Phone.of(value).value();
        }
    },
    /** The chat SDK's AnonymousIdValue: the anonymous id has no other form. */
    ANONYMOUS_ID {
        @Override
        String normalForm(String value) {
            return AnonymousId.of(value).value();
        }
    };

    /** The value as stored; an invalid value is refused as the claim's own field. */
    abstract String normalForm(String value);
}
