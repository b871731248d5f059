package visitoridentity.benchmarks.load;

/** A Java string as a Lua string literal (ASCII in, escapes for quotes, backslashes and controls). */
final class LuaText {
    private LuaText() {}

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("only printable ASCII is written to the Lua data");
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
