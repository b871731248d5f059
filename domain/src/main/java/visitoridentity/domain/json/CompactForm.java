package visitoridentity.domain.json;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The compact form of a value, piece by piece: the one place that decides what is written. */
final class CompactForm {
    /** The escape of each character that has one, indexed by the character; the rest are written raw. */
    private static final String[] ESCAPES = escapes();

    private CompactForm() {}

    static void emit(JsonValue value, CompactSink sink) {
        if (value instanceof JsonString string) {
            emitString(string.value(), sink);
        } else if (value instanceof JsonNumber number) {
            sink.ascii(number.text());
        } else if (value instanceof JsonBoolean bool) {
            sink.ascii(bool.value() ? "true" : "false");
        } else if (value instanceof JsonNull) {
            sink.ascii("null");
        } else if (value instanceof JsonArray array) {
            emitArray(array.elements(), sink);
        } else {
            emitObject(((JsonObject) value).members(), sink);
        }
    }

    /** One object member, {@code "key":value}, without a separating comma. */
    static void emitMember(String key, JsonValue value, CompactSink sink) {
        emitString(key, sink);
        sink.ascii(':');
        emit(value, sink);
    }

    private static void emitArray(List<JsonValue> elements, CompactSink sink) {
        sink.ascii('[');
        Iterator<JsonValue> iterator = elements.iterator();
        while (iterator.hasNext()) {
            emit(iterator.next(), sink);
            if (iterator.hasNext()) {
                sink.ascii(',');
            }
        }
        sink.ascii(']');
    }

    private static void emitObject(Map<String, JsonValue> members, CompactSink sink) {
        sink.ascii('{');
        Iterator<Map.Entry<String, JsonValue>> iterator = members.entrySet().iterator();
        while (iterator.hasNext()) {
            Map.Entry<String, JsonValue> member = iterator.next();
            emitMember(member.getKey(), member.getValue(), sink);
            if (iterator.hasNext()) {
                sink.ascii(',');
            }
        }
        sink.ascii('}');
    }

    private static void emitString(String text, CompactSink sink) {
        sink.ascii('"');
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ESCAPES.length && ESCAPES[c] != null) {
                sink.unescaped(text, runStart, i);
                sink.ascii(ESCAPES[c]);
                runStart = i + 1;
            }
        }
        sink.unescaped(text, runStart, text.length());
        sink.ascii('"');
    }

    private static String[] escapes() {
        String[] table = new String['\\' + 1];
        for (char c = 0; c < 0x20; c++) {
            table[c] = String.format(Locale.ROOT, "\\u%04x", (int) c);
        }
        table['\b'] = "\\b";
        table['\f'] = "\\f";
        table['\n'] = "\\n";
        table['\r'] = "\\r";
        table['\t'] = "\\t";
        table['"'] = "\\\"";
        table['\\'] = "\\\\";
        return table;
    }
}
