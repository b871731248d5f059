package visitoridentity.domain.json;

/**
 * The size of a compact JSON text (see {@link CompactJson}) in UTF-8 bytes and in Unicode code
 * points, counted without building the text.
 */
public record CompactSize(long bytes, long characters) {

    public static CompactSize of(JsonValue value) {
        Counter counter = new Counter();
        CompactForm.emit(value, counter);
        return counter.size();
    }

    /** The size of one object member, {@code "key":value}, without a separating comma. */
    public static CompactSize ofMember(String key, JsonValue value) {
        Counter counter = new Counter();
        CompactForm.emitMember(key, value, counter);
        return counter.size();
    }

    private static final class Counter implements CompactSink {
        private long bytes;
        private long characters;

        @Override
        public void ascii(char c) {
            bytes++;
            characters++;
        }

        @Override
        public void ascii(String text) {
            bytes += text.length();
            characters += text.length();
        }

        @Override
        public void unescaped(String text, int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c)) {
                    // The model refuses unpaired surrogates, so a low one follows: one 4-byte code point.
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
                characters++;
                i++;
            }
        }

        CompactSize size() {
            return new CompactSize(bytes, characters);
        }
    }
}
