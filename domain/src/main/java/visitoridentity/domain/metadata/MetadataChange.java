package visitoridentity.domain.metadata;

import java.util.List;

/** The metadata after a patch or a merge, and the keys that were dropped to stay within the limit. */
public record MetadataChange(Metadata metadata, List<String> droppedKeys) {
    public MetadataChange {
        droppedKeys = List.copyOf(droppedKeys);
    }
}
