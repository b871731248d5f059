package visitoridentity.benchmarks.metadata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stored metadata of a given compact size made of the kinds of values sites send (short strings, some
 * non-ASCII, prices, flags, a small nested object), and a patch over it.
 */
record SampleMetadata(String storedJson, String patchJson) {
    static SampleMetadata ofAbout(int compactBytes) {
        StringBuilder stored = new StringBuilder("{");
        int key = 0;
        while (utf8Length(stored) < compactBytes) {
            if (key > 0) {
                stored.append(',');
            }
            stored.append('"').append(keyName(key)).append("\":").append(value(key, "v1"));
            key++;
        }
        stored.append('}');
        String patch = "{" + "\"" + keyName(0) + "\":" + value(0, "v2") + ",\"" + keyName(1) + "\":" + value(1, "v2")
                + ",\"" + keyName(2) + "\":" + value(2, "v2") + ",\"" + keyName(3) + "\":" + value(3, "v2")
                + ",\"" + keyName(4) + "\":" + value(4, "v2") + ",\"" + keyName(5) + "\":" + value(5, "v2")
                + ",\"" + keyName(6) + "\":" + value(6, "v2") + ",\"" + keyName(key - 1) + "\":null"
                + ",\"lastSeenPage\":\"/pricing\"}";
        return new SampleMetadata(stored.toString(), patch);
    }

    private static String keyName(int key) {
        return String.format(Locale.ROOT, "field_%03d", key);
    }

    private static String value(int key, String version) {
        return switch (key % 5) {
            case 0 -> "\"plan " + version + " pro-" + key + "\"";
            case 1 -> "\"Zoë Müller " + version + "\"";
            case 2 -> (version.equals("v1") ? "19.90" : "24.50");
            case 3 -> (version.equals("v1") ? "true" : "false");
            default -> "{\"seats\":" + key + ",\"region\":\"eu-" + version + "\"}";
        };
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
