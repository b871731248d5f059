package visitoridentity.application.identify;

import java.util.List;

/** Something the caller should know about an accepted identify: keys dropped, claims kept apart, data ignored. */
public record Warning(String code, String message, List<String> keys) {
    public static final String METADATA_TRUNCATED = "metadata-truncated";
    public static final String METADATA_DROPPED_ON_MERGE = "metadata-dropped-on-merge";
    public static final String CLAIMS_UNVERIFIED = "claims-unverified";
    public static final String DATA_IGNORED = "data-ignored";
    public static final String CLAIM_KEPT = "claim-kept";

    public Warning {
        keys = List.copyOf(keys);
    }
}
