package visitoridentity.domain.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.json.RandomJson;

/** Seeded generator of metadata, patches and policies whose keys often meet. */
final class RandomMetadata {
    private final RandomJson json;
    private final Random random;

    RandomMetadata(long seed) {
        this.json = new RandomJson(seed);
        this.random = json.random();
    }

    Metadata metadata() {
        return new Metadata(json.object(2, 8));
    }

    /** About a third of the keys are removals (top-level nulls). */
    MetadataPatch patch(MetadataMode mode) {
        Map<String, JsonValue> entries = new LinkedHashMap<>();
        int count = random.nextInt(9);
        for (int i = 0; i < count; i++) {
            entries.put(json.key(), random.nextInt(3) == 0 ? JsonNull.INSTANCE : json.value(2));
        }
        return new MetadataPatch(new JsonObject(entries), mode);
    }

    MetadataPatch patch() {
        return patch(mode());
    }

    MetadataMode mode() {
        return random.nextBoolean() ? MetadataMode.MERGE : MetadataMode.REPLACE;
    }

    SizeUnit unit() {
        return random.nextBoolean() ? SizeUnit.BYTES : SizeUnit.CHARACTERS;
    }

    /** A limit that the given metadata is within, often by little. */
    MetadataPolicy policyFitting(Metadata metadata, SizeUnit unit, Overflow overflow) {
        return new MetadataPolicy(metadata.size(unit) + random.nextInt(80), unit, overflow);
    }

    Overflow overflow() {
        return random.nextBoolean() ? Overflow.REJECT : Overflow.TRUNCATE;
    }

    Random random() {
        return random;
    }
}
