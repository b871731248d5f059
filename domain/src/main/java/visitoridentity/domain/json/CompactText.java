package visitoridentity.domain.json;

/** Builds the compact text itself. */
final class CompactText implements CompactSink {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void ascii(char c) {
        text.append(c);
    }

    @Override
    public void ascii(String ascii) {
        text.append(ascii);
    }

    @Override
    public void unescaped(String source, int from, int to) {
        text.append(source, from, to);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
