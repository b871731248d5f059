package visitoridentity.domain.metadata;

import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;

/** Builders that read JSON written with single quotes, so tests stay legible: {@code "{'a':1}"}. */
final class MetadataFixtures {
    private MetadataFixtures() {}

    static JsonObject json(String singleQuoted) {
        return (JsonObject) CompactJson.parse(singleQuoted.replace('\'', '"'));
    }

    static Metadata metadata(String singleQuoted) {
        return new Metadata(json(singleQuoted));
    }

    static MetadataPatch merge(String singleQuoted) {
        return MetadataPatch.merge(json(singleQuoted));
    }

    static MetadataPatch replace(String singleQuoted) {
        return MetadataPatch.replace(json(singleQuoted));
    }

    static MetadataPolicy reject(long max, SizeUnit unit) {
        return new MetadataPolicy(max, unit, Overflow.REJECT);
    }

    static MetadataPolicy truncate(long max, SizeUnit unit) {
        return new MetadataPolicy(max, unit, Overflow.TRUNCATE);
    }

    static MetadataPolicy unlimited(SizeUnit unit) {
        return reject(MetadataPolicy.MAX_LIMIT, unit);
    }
}
