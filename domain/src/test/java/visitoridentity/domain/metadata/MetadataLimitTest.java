package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.domain.metadata.MetadataFixtures.merge;
import static visitoridentity.domain.metadata.MetadataFixtures.metadata;
import static visitoridentity.domain.metadata.MetadataFixtures.reject;
import static visitoridentity.domain.metadata.MetadataFixtures.replace;
import static visitoridentity.domain.metadata.MetadataFixtures.truncate;

import java.util.List;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.MetadataTooLargeException;

class MetadataLimitTest {
    /** 34 bytes: over a limit of 20 that was lowered after it was stored. */
    private static final Metadata OVER_LOWERED_LIMIT = metadata("{'a':'xxxxxxxxxx','b':'yyyyyyyyyy'}");

    @Test
    void resultExactlyAtTheLimitIsAccepted() {
        MetadataChange change = Metadata.EMPTY.apply(merge("{'a':'xyz'}"), reject(11, SizeUnit.BYTES));

        assertThat(change.metadata().size(SizeUnit.BYTES)).isEqualTo(11);
    }

    @Test
    void rejectThrowsTheResultSizeTheLimitAndTheUnit() {
        assertThatThrownBy(() -> Metadata.EMPTY.apply(merge("{'a':'xyz'}"), reject(10, SizeUnit.BYTES)))
                .isInstanceOfSatisfying(MetadataTooLargeException.class, e -> {
                    assertThat(e.size()).isEqualTo(11);
                    assertThat(e.max()).isEqualTo(10);
                    assertThat(e.unit()).isEqualTo("bytes");
                });
    }

    @Test
    void rejectNamesCharactersWhenTheLimitCountsThem() {
        assertThatThrownBy(() -> Metadata.EMPTY.apply(merge("{'a':'xyz'}"), reject(10, SizeUnit.CHARACTERS)))
                .isInstanceOfSatisfying(
                        MetadataTooLargeException.class,
                        e -> assertThat(e.unit()).isEqualTo("characters"));
    }

    @Test
    void nonAsciiFitsACharacterLimitThatItsBytesCross() {
        MetadataPatch patch = merge("{'k':'中中中'}");

        assertThat(Metadata.EMPTY.apply(patch, reject(11, SizeUnit.CHARACTERS)).metadata())
                .isEqualTo(metadata("{'k':'中中中'}"));
        assertThatThrownBy(() -> Metadata.EMPTY.apply(patch, reject(11, SizeUnit.BYTES)))
                .isInstanceOfSatisfying(
                        MetadataTooLargeException.class,
                        e -> assertThat(e.size()).isEqualTo(17));
    }

    @Test
    void rejectChangesNothing() {
        Metadata stored = metadata("{'a':1,'b':2}");
        String before = stored.compactJson();

        assertThatThrownBy(() -> stored.apply(merge("{'a':null,'c':'a long value'}"), reject(20, SizeUnit.BYTES)))
                .isInstanceOf(MetadataTooLargeException.class);
        assertThat(stored.compactJson()).isEqualTo(before);
    }

    @Test
    void limitIsCheckedOnTheResultNotOnThePatch() {
        Metadata stored = metadata("{'big':'xxxxxxxxxxxxxxxxxxxx'}");

        MetadataChange change = stored.apply(merge("{'big':null,'new':'yyyyyyyyyy'}"), reject(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'new':'yyyyyyyyyy'}"));
    }

    @Test
    void truncateDropsTheFirstKeyThatCrossesAndEveryLaterOne() {
        MetadataChange change =
                Metadata.EMPTY.apply(merge("{'a':'1','b':'22222222','c':'3'}"), truncate(17, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':'1'}"));
        assertThat(change.droppedKeys()).containsExactly("b", "c");
    }

    @Test
    void truncateAlwaysAppliesRemovals() {
        Metadata stored = metadata("{'old':'xxxxxxxxxx','keep':1}");

        MetadataChange change =
                stored.apply(merge("{'huge':'" + "h".repeat(100) + "','old':null}"), truncate(30, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'keep':1}"));
        assertThat(change.droppedKeys()).containsExactly("huge");
    }

    @Test
    void truncateRemovesBeforeItSetsSoRemovalsMakeRoom() {
        Metadata stored = metadata("{'old':'xxxxxxxxxx'}");

        MetadataChange change = stored.apply(merge("{'new':'yyyyyyyyyy','old':null}"), truncate(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'new':'yyyyyyyyyy'}"));
        assertThat(change.droppedKeys()).isEmpty();
    }

    @Test
    void truncateKeepsTheOldValueOfADroppedKeyInMerge() {
        Metadata stored = metadata("{'a':'short','b':1}");

        MetadataChange change = stored.apply(merge("{'a':'a much longer value'}"), truncate(19, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(stored);
        assertThat(change.droppedKeys()).containsExactly("a");
    }

    @Test
    void truncateKeepsAKeyThatShrinksTheResult() {
        Metadata stored = metadata("{'a':'a long value'}");

        MetadataChange change =
                stored.apply(merge("{'a':'s','b':'x'}"), truncate(stored.size(SizeUnit.BYTES), SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':'s','b':'x'}"));
    }

    @Test
    void truncateInReplaceStartsFromNothing() {
        Metadata stored = metadata("{'big':'" + "x".repeat(50) + "'}");

        MetadataChange change = stored.apply(replace("{'a':1,'b':2}"), truncate(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':1,'b':2}"));
        assertThat(change.droppedKeys()).isEmpty();
    }

    @Test
    void rejectAcceptsAPatchThatBringsMetadataUnderALoweredLimit() {
        MetadataChange change = OVER_LOWERED_LIMIT.apply(merge("{'b':null}"), reject(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':'xxxxxxxxxx'}"));
    }

    @Test
    void rejectRefusesAShrinkingPatchWhoseResultIsStillOverALoweredLimit() {
        assertThatThrownBy(() -> OVER_LOWERED_LIMIT.apply(merge("{'a':'x'}"), reject(20, SizeUnit.BYTES)))
                .isInstanceOfSatisfying(
                        MetadataTooLargeException.class,
                        e -> assertThat(e.size()).isEqualTo(26));
    }

    @Test
    void truncateKeepsNoSetKeyWhileTheResultIsOverALoweredLimit() {
        Metadata stored = metadata("{'a':'xxxxxxxxxx','b':'yyyyyyyyyy','c':'zzzzzzzzzz'}");

        MetadataChange change = stored.apply(merge("{'a':'x','c':null}"), truncate(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(OVER_LOWERED_LIMIT);
        assertThat(change.droppedKeys()).containsExactly("a");
    }

    @Test
    void noOpPatchIsAcceptedOverALoweredLimit() {
        MetadataChange change = OVER_LOWERED_LIMIT.apply(MetadataPatch.NONE, reject(20, SizeUnit.BYTES));

        assertThat(change).isEqualTo(new MetadataChange(OVER_LOWERED_LIMIT, List.of()));
    }
}
