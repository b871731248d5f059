package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.metadata.MetadataFixtures.merge;
import static visitoridentity.domain.metadata.MetadataFixtures.metadata;
import static visitoridentity.domain.metadata.MetadataFixtures.replace;
import static visitoridentity.domain.metadata.MetadataFixtures.unlimited;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a patch does, with a limit far away. */
class MetadataApplyTest {
    private static final MetadataPolicy POLICY = unlimited(SizeUnit.BYTES);

    @Test
    void mergeOverwritesAStoredKeyInItsPosition() {
        Metadata result = apply(metadata("{'a':1,'b':2,'c':3}"), merge("{'b':'two'}"));

        assertThat(result.compactJson()).isEqualTo("{\"a\":1,\"b\":\"two\",\"c\":3}");
    }

    @Test
    void mergeAppendsNewKeysInPatchOrder() {
        Metadata result = apply(metadata("{'a':1}"), merge("{'z':2,'b':3}"));

        assertThat(result.compactJson()).isEqualTo("{\"a\":1,\"z\":2,\"b\":3}");
    }

    @Test
    void nullRemovesTheKeyInMerge() {
        Metadata result = apply(metadata("{'a':1,'b':2,'c':3}"), merge("{'b':null}"));

        assertThat(result).isEqualTo(metadata("{'a':1,'c':3}"));
    }

    @Test
    void nullForAMissingKeyChangesNothing() {
        Metadata result = apply(metadata("{'a':1}"), merge("{'b':null}"));

        assertThat(result).isEqualTo(metadata("{'a':1}"));
    }

    @Test
    void omittedKeysAreKeptInMerge() {
        Metadata result = apply(metadata("{'a':1,'b':[1,2]}"), merge("{'c':3}"));

        assertThat(result).isEqualTo(metadata("{'a':1,'b':[1,2],'c':3}"));
    }

    @Test
    void nestedObjectsAreReplacedWhole() {
        Metadata result =
                apply(metadata("{'address':{'city':'Oslo','zip':'0150'}}"), merge("{'address':{'city':'Bergen'}}"));

        assertThat(result).isEqualTo(metadata("{'address':{'city':'Bergen'}}"));
    }

    @Test
    void nestedNullIsStoredAsAValue() {
        Metadata result = apply(metadata("{'address':{'city':'Oslo'}}"), merge("{'address':{'city':null}}"));

        assertThat(result).isEqualTo(metadata("{'address':{'city':null}}"));
    }

    @Test
    void replaceModeDropsKeysNotInThePatch() {
        Metadata result = apply(metadata("{'a':1,'b':2}"), replace("{'b':3}"));

        assertThat(result).isEqualTo(metadata("{'b':3}"));
    }

    @Test
    void replaceModeKeepsThePatchOrder() {
        Metadata result = apply(metadata("{'a':1,'b':2}"), replace("{'b':3,'a':4}"));

        assertThat(result.compactJson()).isEqualTo("{\"b\":3,\"a\":4}");
    }

    @Test
    void replaceModeLeavesOutNullKeys() {
        Metadata result = apply(metadata("{'a':1,'b':2}"), replace("{'a':null,'c':3}"));

        assertThat(result).isEqualTo(metadata("{'c':3}"));
    }

    @Test
    void emptyReplaceClearsTheMetadata() {
        Metadata result = apply(metadata("{'a':1}"), replace("{}"));

        assertThat(result).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void noOpPatchReturnsTheMetadataUnchanged() {
        Metadata stored = metadata("{'a':1}");

        assertThat(stored.apply(MetadataPatch.NONE, POLICY)).isEqualTo(new MetadataChange(stored, List.of()));
    }

    @Test
    void numbersKeepTheirTextThroughAPatch() {
        Metadata result = apply(Metadata.EMPTY, merge("{'price':1.50,'count':1e3}"));

        assertThat(result.compactJson()).isEqualTo("{\"price\":1.50,\"count\":1e3}");
    }

    @Test
    void acceptedPatchDropsNoKey() {
        assertThat(metadata("{'a':1}").apply(merge("{'b':2}"), POLICY).droppedKeys())
                .isEmpty();
    }

    private static Metadata apply(Metadata stored, MetadataPatch patch) {
        return stored.apply(patch, POLICY).metadata();
    }
}
