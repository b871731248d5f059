package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static visitoridentity.domain.metadata.MetadataFixtures.metadata;
import static visitoridentity.domain.metadata.MetadataFixtures.reject;
import static visitoridentity.domain.metadata.MetadataFixtures.truncate;
import static visitoridentity.domain.metadata.MetadataFixtures.unlimited;

import org.junit.jupiter.api.Test;

class MetadataAbsorbTest {

    @Test
    void absorbFillsOnlyKeysThisMetadataLacks() {
        MetadataChange change = metadata("{'a':1,'b':2}").absorb(metadata("{'b':9,'c':3}"), unlimited(SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':1,'b':2,'c':3}"));
        assertThat(change.droppedKeys()).isEmpty();
    }

    @Test
    void absorbedKeysAreAppendedInTheirOrder() {
        MetadataChange change =
                metadata("{'b':1,'a':2}").absorb(metadata("{'z':1,'a':3,'c':4}"), unlimited(SizeUnit.BYTES));

        assertThat(change.metadata().compactJson()).isEqualTo("{\"b\":1,\"a\":2,\"z\":1,\"c\":4}");
    }

    @Test
    void absorbSkipsAKeyThatWouldCrossAndStillTriesLaterOnes() {
        Metadata absorbed = metadata("{'big':'" + "x".repeat(30) + "','s':2}");

        MetadataChange change = metadata("{'a':1}").absorb(absorbed, truncate(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':1,'s':2}"));
        assertThat(change.droppedKeys()).containsExactly("big");
    }

    @Test
    void absorbNeverThrowsUnderReject() {
        Metadata absorbed = metadata("{'big':'" + "x".repeat(30) + "'}");

        MetadataChange change = metadata("{'a':1}").absorb(absorbed, reject(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(metadata("{'a':1}"));
        assertThat(change.droppedKeys()).containsExactly("big");
    }

    @Test
    void absorbAddsNothingToMetadataAlreadyOverTheLimit() {
        Metadata known = metadata("{'a':'xxxxxxxxxx','b':'yyyyyyyyyy'}");

        MetadataChange change = known.absorb(metadata("{'c':1}"), reject(20, SizeUnit.BYTES));

        assertThat(change.metadata()).isEqualTo(known);
        assertThat(change.droppedKeys()).containsExactly("c");
    }

    @Test
    void absorbCountsTheLimitInItsUnit() {
        Metadata absorbed = metadata("{'k':'中中中'}");

        assertThat(Metadata.EMPTY
                        .absorb(absorbed, reject(11, SizeUnit.CHARACTERS))
                        .droppedKeys())
                .isEmpty();
        assertThat(Metadata.EMPTY.absorb(absorbed, reject(11, SizeUnit.BYTES)).droppedKeys())
                .containsExactly("k");
    }
}
