package visitoridentity.domain.metadata;

import java.util.Locale;
import visitoridentity.domain.json.CompactSize;

/** What a metadata limit counts, always over the compact JSON text. */
public enum SizeUnit {
    /** UTF-8 bytes. */
    BYTES,
    /** Unicode code points. */
    CHARACTERS;

    long of(CompactSize size) {
        return this == BYTES ? size.bytes() : size.characters();
    }

    /** {@code bytes} or {@code characters}, as errors and the API spell it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
