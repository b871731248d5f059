package visitoridentity.domain.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * A strict RFC 8259 parser into the model. Beyond the grammar it refuses duplicate keys (there is no
 * right answer to which one wins), U+0000 and unpaired surrogates (the model refuses them), and
 * nesting deeper than {@link #MAX_DEPTH}, so that no input can exhaust the stack.
 */
final class JsonParser {
    /** Objects and arrays enclosing one another, the outermost counting 1. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int position;

    private JsonParser(String text) {
        this.text = text;
    }

    static JsonValue parse(String text) {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        JsonValue value = parser.value(0);
        parser.skipWhitespace();
        if (parser.position < text.length()) {
            throw parser.invalid("unexpected text after the value");
        }
        return value;
    }

    /** {@code depth}: how many objects and arrays enclose this value. */
    private JsonValue value(int depth) {
        if (position >= text.length()) {
            throw invalid("unexpected end of text");
        }
        return switch (text.charAt(position)) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> new JsonString(string());
            case 't' -> literal("true", new JsonBoolean(true));
            case 'f' -> literal("false", new JsonBoolean(false));
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> number();
        };
    }

    private JsonObject object(int depth) {
        requireDepth(depth);
        position++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (consume('}')) {
            return new JsonObject(members);
        }
        do {
            skipWhitespace();
            int keyPosition = position;
            if (!at('"')) {
                throw invalid("expected a key");
            }
            String key = string();
            if (members.containsKey(key)) {
                position = keyPosition;
                throw invalid("duplicate key");
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(key, value(depth));
            skipWhitespace();
        } while (consume(','));
        expect('}');
        return new JsonObject(members);
    }

    private JsonArray array(int depth) {
        requireDepth(depth);
        position++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (consume(']')) {
            return new JsonArray(elements);
        }
        do {
            skipWhitespace();
            elements.add(value(depth));
            skipWhitespace();
        } while (consume(','));
        expect(']');
        return new JsonArray(elements);
    }

    private String string() {
        position++;
        StringBuilder decoded = new StringBuilder();
        int runStart = position;
        while (true) {
            if (position >= text.length()) {
                throw invalid("a string is not closed");
            }
            char c = text.charAt(position);
            if (c == '"') {
                decoded.append(text, runStart, position);
                position++;
                return decoded.toString();
            }
            if (c < 0x20) {
                throw invalid("a control character must be escaped");
            }
            if (c == '\\') {
                decoded.append(text, runStart, position);
                decoded.append(escape());
                runStart = position;
            } else {
                position++;
            }
        }
    }

    private char escape() {
        position++;
        if (position >= text.length()) {
            throw invalid("a string is not closed");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> hexEscape();
            default -> {
                position--;
                throw invalid("unknown escape");
            }
        };
    }

    private char hexEscape() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = position < text.length() ? Character.digit(text.charAt(position), 16) : -1;
            if (digit < 0) {
                throw invalid("a \\u escape needs four hexadecimal digits");
            }
            code = code * 16 + digit;
            position++;
        }
        return (char) code;
    }

    private JsonNumber number() {
        int start = position;
        consume('-');
        if (!consume('0')) {
            digits();
        }
        if (consume('.')) {
            digits();
        }
        if (consume('e') || consume('E')) {
            if (!consume('+')) {
                consume('-');
            }
            digits();
        }
        return new JsonNumber(text.substring(start, position));
    }

    private void digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        if (position == start) {
            throw invalid(position < text.length() ? "unexpected character" : "unexpected end of text");
        }
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, position)) {
            throw invalid("unexpected character");
        }
        position += word.length();
        return value;
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void skipWhitespace() {
        while (position < text.length() && isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private boolean at(char expected) {
        return position < text.length() && text.charAt(position) == expected;
    }

    private boolean consume(char expected) {
        if (at(expected)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw invalid(position < text.length() ? "expected '" + expected + "'" : "unexpected end of text");
        }
    }

    private InvalidFieldException invalid(String problem) {
        return new InvalidFieldException("metadata", "must be valid JSON: " + problem + " at offset " + position);
    }
}
