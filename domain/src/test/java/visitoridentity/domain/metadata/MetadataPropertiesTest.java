package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.domain.metadata.MetadataFixtures.unlimited;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.domain.error.MetadataTooLargeException;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;

class MetadataPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergeFollowsAnOrderedMapModel(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        MetadataPatch patch = random.patch(MetadataMode.MERGE);
        Map<String, JsonValue> model = new LinkedHashMap<>(stored.object().members());
        patch.entries().members().forEach((key, value) -> {
            if (value instanceof JsonNull) {
                model.remove(key);
            } else {
                model.put(key, value);
            }
        });

        Metadata result = stored.apply(patch, unlimited(random.unit())).metadata();

        assertThat(result.object()).as("seed %d", seed).isEqualTo(new JsonObject(model));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergeThenReplaceEqualsReplaceAlone(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), Overflow.TRUNCATE);
        MetadataPatch merge = random.patch(MetadataMode.MERGE);
        MetadataPatch replace = random.patch(MetadataMode.REPLACE);

        MetadataChange afterBoth = stored.apply(merge, policy).metadata().apply(replace, policy);

        assertThat(afterBoth).as("seed %d", seed).isEqualTo(stored.apply(replace, policy));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nullRemovesExactlyThoseKeys(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        Map<String, JsonValue> removals = new LinkedHashMap<>();
        stored.object().members().keySet().forEach(key -> {
            if (random.random().nextBoolean()) {
                removals.put(key, JsonNull.INSTANCE);
            }
        });
        removals.put("absent key", JsonNull.INSTANCE);
        Map<String, JsonValue> expected = new LinkedHashMap<>(stored.object().members());
        expected.keySet().removeAll(removals.keySet());
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), random.overflow());

        Metadata result = stored.apply(MetadataPatch.merge(new JsonObject(removals)), policy)
                .metadata();

        assertThat(result.object()).as("seed %d", seed).isEqualTo(new JsonObject(expected));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyAcceptedPatchLeavesTheMetadataWithinTheLimit(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), random.overflow());

        for (int i = 0; i < 10; i++) {
            try {
                stored = stored.apply(random.patch(), policy).metadata();
            } catch (MetadataTooLargeException refused) {
                assertThat(policy.overflow()).as("seed %d", seed).isEqualTo(Overflow.REJECT);
            }
            assertThat(stored.size(policy.unit()))
                    .as("seed %d, patch %d, %s", seed, i, stored.compactJson())
                    .isLessThanOrEqualTo(policy.max());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rejectRefusesExactlyTheResultsOverTheLimitAndChangesNothing(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        String before = stored.compactJson();
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), Overflow.REJECT);
        MetadataPatch patch = random.patch();
        Metadata unlimitedResult = stored.apply(patch, unlimited(policy.unit())).metadata();
        long resultSize = unlimitedResult.size(policy.unit());

        if (resultSize > policy.max()) {
            assertThatThrownBy(() -> stored.apply(patch, policy))
                    .as("seed %d", seed)
                    .isInstanceOfSatisfying(MetadataTooLargeException.class, e -> {
                        assertThat(e.size()).as("seed %d", seed).isEqualTo(resultSize);
                        assertThat(e.max()).as("seed %d", seed).isEqualTo(policy.max());
                    });
            assertThat(stored.compactJson()).as("seed %d", seed).isEqualTo(before);
        } else {
            assertThat(stored.apply(patch, policy))
                    .as("seed %d", seed)
                    .isEqualTo(new MetadataChange(unlimitedResult, List.of()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void truncateKeepsAPrefixOfTheSetKeysAndDropsTheRest(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), Overflow.TRUNCATE);
        MetadataPatch patch = random.patch();
        List<String> setKeys = new ArrayList<>(patch.setKeys().keySet());

        MetadataChange change = stored.apply(patch, policy);

        int kept = setKeys.size() - change.droppedKeys().size();
        Map<String, JsonValue> result = change.metadata().object().members();
        assertThat(change.droppedKeys()).as("seed %d", seed).isEqualTo(setKeys.subList(kept, setKeys.size()));
        for (String key : setKeys.subList(0, kept)) {
            assertThat(result.get(key))
                    .as("seed %d, kept %s", seed, key)
                    .isEqualTo(patch.setKeys().get(key));
        }
        for (String key : change.droppedKeys()) {
            JsonValue before = patch.mode() == MetadataMode.MERGE
                    ? stored.object().members().get(key)
                    : null;
            assertThat(result.get(key)).as("seed %d, dropped %s", seed, key).isEqualTo(before);
        }
        patch.removedKeys()
                .forEach(key -> assertThat(result).as("seed %d", seed).doesNotContainKey(key));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void truncateDropsAKeyOnlyWhenItWouldCrossTheLimit(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata stored = random.metadata();
        MetadataPolicy policy = random.policyFitting(stored, random.unit(), Overflow.TRUNCATE);
        MetadataPatch patch = random.patch();

        MetadataChange change = stored.apply(patch, policy);

        if (change.droppedKeys().isEmpty()) {
            assertThat(change.metadata())
                    .as("seed %d", seed)
                    .isEqualTo(stored.apply(patch, unlimited(policy.unit())).metadata());
        } else {
            String firstDropped = change.droppedKeys().get(0);
            MetadataPatch withIt = MetadataPatch.merge(
                    new JsonObject(Map.of(firstDropped, patch.setKeys().get(firstDropped))));
            Metadata crossing =
                    change.metadata().apply(withIt, unlimited(policy.unit())).metadata();
            assertThat(crossing.size(policy.unit())).as("seed %d", seed).isGreaterThan(policy.max());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void absorbNeverExceedsTheLimitNorOverwritesAKey(long seed) {
        RandomMetadata random = new RandomMetadata(seed);
        Metadata known = random.metadata();
        Metadata absorbed = random.metadata();
        MetadataPolicy policy = random.policyFitting(known, random.unit(), random.overflow());

        MetadataChange change = known.absorb(absorbed, policy);

        List<Map.Entry<String, JsonValue>> result =
                new ArrayList<>(change.metadata().object().members().entrySet());
        List<Map.Entry<String, JsonValue>> knownEntries =
                new ArrayList<>(known.object().members().entrySet());
        List<String> candidates = new ArrayList<>(absorbed.object().members().keySet());
        candidates.removeAll(known.object().members().keySet());
        List<String> added = result.subList(knownEntries.size(), result.size()).stream()
                .map(Map.Entry::getKey)
                .toList();
        List<String> addedOrDropped = new ArrayList<>(candidates);
        addedOrDropped.removeAll(change.droppedKeys());
        assertThat(change.metadata().size(policy.unit())).as("seed %d", seed).isLessThanOrEqualTo(policy.max());
        assertThat(result.subList(0, knownEntries.size())).as("seed %d", seed).isEqualTo(knownEntries);
        assertThat(added).as("seed %d", seed).isEqualTo(addedOrDropped);
        added.forEach(key -> assertThat(change.metadata().object().members().get(key))
                .as("seed %d", seed)
                .isEqualTo(absorbed.object().members().get(key)));
    }
}
