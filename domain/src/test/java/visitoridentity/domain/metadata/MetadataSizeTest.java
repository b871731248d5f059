package visitoridentity.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static visitoridentity.domain.metadata.MetadataFixtures.metadata;

import org.junit.jupiter.api.Test;
import visitoridentity.domain.error.InvalidFieldException;

class MetadataSizeTest {

    @Test
    void emptyMetadataIsTwoInBothUnits() {
        assertThat(Metadata.EMPTY.size(SizeUnit.BYTES)).isEqualTo(2);
        assertThat(Metadata.EMPTY.size(SizeUnit.CHARACTERS)).isEqualTo(2);
    }

    @Test
    void nonAsciiCountsAsItsUtf8BytesOrAsOneCharacter() {
        Metadata metadata = metadata("{'k':'é中😀'}");

        assertThat(metadata.size(SizeUnit.BYTES)).isEqualTo(17);
        assertThat(metadata.size(SizeUnit.CHARACTERS)).isEqualTo(11);
    }

    @Test
    void escapesCountAsWritten() {
        assertThat(metadata("{'k':'\\n'}").size(SizeUnit.BYTES)).isEqualTo(10);
    }

    @Test
    void compactJsonIsTheFormThatIsMeasured() {
        Metadata metadata = metadata("{ 'a' : [ 1.50, 1e3 ],\n 'b' : 'ü' }");

        assertThat(metadata.compactJson()).isEqualTo("{\"a\":[1.50,1e3],\"b\":\"ü\"}");
        assertThat(metadata.size(SizeUnit.CHARACTERS))
                .isEqualTo(metadata.compactJson().length());
    }

    @Test
    void parseReadsStoredText() {
        assertThat(Metadata.parse("{\"b\":1,\"a\":[true]}")).isEqualTo(metadata("{'b':1,'a':[true]}"));
    }

    @Test
    void parseRefusesAnythingButAnObject() {
        assertThatThrownBy(() -> Metadata.parse("[1]")).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo("metadata");
            assertThat(e.rule()).isEqualTo("must be a JSON object");
        });
    }
}
