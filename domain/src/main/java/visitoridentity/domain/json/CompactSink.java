package visitoridentity.domain.json;

/**
 * Where {@link CompactForm} hands the pieces of a compact text: either to a text being built or to a
 * counter, so that a size is always the size of exactly what would be written.
 */
interface CompactSink {
    void ascii(char c);

    void ascii(String text);

    /** Characters of a string that need no escape, written as they are. */
    void unescaped(String text, int from, int to);
}
