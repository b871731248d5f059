package visitoridentity.application.port;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of identity event, each with the name it carries in the audit log and in webhooks. */
public enum EventType {
    VISITOR_IDENTIFIED("visitor.identified"),
    CLAIM_VERIFIED("claim.verified"),
    VISITOR_MERGED("visitor.merged"),
    DEVICE_SWITCHED("device.switched"),
    CLAIM_DEMOTED("claim.demoted"),
    VERIFICATION_FAILED("verification.failed"),
    VISITOR_ERASED("visitor.erased"),
    SIGNING_KEY_ROTATED("signing-key.rotated"),
    WEBHOOK_DISABLED("webhook.disabled");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type of that name ({@code visitor.merged}), if there is one. */
    public static Optional<EventType> named(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
