package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.domain.metadata.MetadataFixtures.json;
import static visitoridentity.domain.metadata.MetadataFixtures.merge;
import static visitoridentity.domain.metadata.MetadataFixtures.replace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonArray;
import visitoridentity.domain.json.JsonFixtures;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;

class MetadataPatchTest {
    private static final JsonValue VALUE = JsonNumber.of(1);

    @Test
    void keyOf256CharactersIsAccepted() {
        assertThatCode(() -> MetadataPatch.merge(JsonFixtures.object("k".repeat(256), VALUE)))
                .doesNotThrowAnyException();
    }

    @Test
    void keyLengthCountsCodePoints() {
        assertThatCode(() -> MetadataPatch.merge(JsonFixtures.object("😀".repeat(256), VALUE)))
                .doesNotThrowAnyException();
    }

    @Test
    void keyOf257CharactersIsRefused() {
        assertRefused(
                () -> MetadataPatch.merge(JsonFixtures.object("😀".repeat(257), VALUE)),
                "metadata",
                "keys must be 1 to 256 characters");
    }

    @Test
    void emptyKeyIsRefused() {
        assertRefused(() -> merge("{'':1}"), "metadata", "keys must be 1 to 256 characters");
    }

    @Test
    void nestedKeyOf257CharactersIsRefusedNamingItsTopLevelKey() {
        JsonObject entries =
                JsonFixtures.object("profile", new JsonArray(List.of(JsonFixtures.object("k".repeat(257), VALUE))));

        assertRefused(() -> MetadataPatch.merge(entries), "metadata.profile", "keys must be 1 to 256 characters");
    }

    @Test
    void emptyNestedKeyIsRefused() {
        assertRefused(() -> merge("{'profile':{'':1}}"), "metadata.profile", "keys must be 1 to 256 characters");
    }

    @Test
    void thousandKeysAreAccepted() {
        assertThatCode(() -> MetadataPatch.merge(objectWithKeys(1000))).doesNotThrowAnyException();
    }

    @Test
    void moreThanThousandKeysAreRefused() {
        assertRefused(() -> MetadataPatch.merge(objectWithKeys(1001)), "metadata", "must have at most 1000 keys");
    }

    @Test
    void nestedKeysDoNotCountTowardsTheThousand() {
        assertThatCode(() -> MetadataPatch.merge(JsonFixtures.object("many", objectWithKeys(1001))))
                .doesNotThrowAnyException();
    }

    @Test
    void nestingOf16LevelsIsAccepted() {
        assertThatCode(() -> MetadataPatch.merge(JsonFixtures.object("a", nestedObjects(15))))
                .doesNotThrowAnyException();
    }

    @Test
    void nestingOf17LevelsIsRefused() {
        assertRefused(
                () -> MetadataPatch.merge(JsonFixtures.object("a", nestedObjects(16))),
                "metadata.a",
                "must be nested at most 16 levels deep (the metadata object is level 1)");
    }

    @Test
    void arraysCountAsNestingLevels() {
        JsonValue arrays = JsonFixtures.object("a", nestedArrays(16));

        assertThatThrownBy(() -> MetadataPatch.replace((JsonObject) arrays)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void keyWithU0000IsRefused() {
        assertRefused(
                () -> MetadataPatch.merge(JsonFixtures.object("a\u0000b", VALUE)),
                "metadata",
                "keys must not contain the character U+0000");
    }

    @Test
    void missingModeIsRefused() {
        assertRefused(() -> new MetadataPatch(JsonObject.EMPTY, null), "metadataMode", "must be merge or replace");
    }

    @Test
    void missingEntriesAreRefused() {
        assertRefused(() -> new MetadataPatch(null, MetadataMode.MERGE), "metadata", "must be a JSON object");
    }

    @Test
    void mergeWithoutKeysIsANoOp() {
        assertThat(merge("{}").isNoOp()).isTrue();
        assertThat(MetadataPatch.NONE.isNoOp()).isTrue();
    }

    @Test
    void replaceWithoutKeysIsNotANoOpBecauseItClears() {
        assertThat(replace("{}").isNoOp()).isFalse();
    }

    @Test
    void mergeWithOnlyRemovalsIsNotANoOp() {
        assertThat(merge("{'a':null}").isNoOp()).isFalse();
    }

    @Test
    void topLevelNullsAreRemovalsAndNestedNullsAreValues() {
        MetadataPatch patch = merge("{'gone':null,'kept':{'inner':null},'set':1}");

        assertThat(patch.removedKeys()).containsExactly("gone");
        assertThat(patch.setKeys()).containsOnlyKeys("kept", "set");
        assertThat(patch.setKeys().get("kept")).isEqualTo(json("{'inner':null}"));
    }

    private static JsonObject objectWithKeys(int count) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            members.put("k" + i, VALUE);
        }
        return new JsonObject(members);
    }

    /** {@code levels} objects, one inside the other, the innermost holding a string. */
    private static JsonValue nestedObjects(int levels) {
        JsonValue value = new JsonString("deep");
        for (int i = 0; i < levels; i++) {
            value = JsonFixtures.object("x", value);
        }
        return value;
    }

    private static JsonValue nestedArrays(int levels) {
        JsonValue value = new JsonString("deep");
        for (int i = 0; i < levels; i++) {
            value = new JsonArray(List.of(value));
        }
        return value;
    }

    private static void assertRefused(ThrowingCallable construction, String field, String rule) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
