package visitoridentity.domain.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of JSON values for property tests. Strings mix ASCII, characters that must be
 * escaped, 2-, 3- and 4-byte UTF-8 characters; keys come from a small alphabet so that two
 * generated objects share keys often.
 */
public final class RandomJson {
    private static final String[] PIECES = {
        "a", "Z", "7", " ", "\"", "\\", "/", "\n", "\t", "\b", "\u0001", "\u001f", "\u007f", "é", "ß", "€", "中",
        "\u2028", "\ufeff", "😀", "𝄞"
    };
    private static final String[] KEY_PIECES = {"a", "b", "c", "é", "😀", "\""};
    private static final String[] INTEGER_PARTS = {"0", "1", "7", "42", "100", "12345678901234567890"};

    private final Random random;

    public RandomJson(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** A value with objects and arrays nested at most {@code maxDepth} levels. */
    public JsonValue value(int maxDepth) {
        int kinds = maxDepth > 0 ? 6 : 4;
        return switch (random.nextInt(kinds)) {
            case 0 -> new JsonString(string(12));
            case 1 -> number();
            case 2 -> new JsonBoolean(random.nextBoolean());
            case 3 -> JsonNull.INSTANCE;
            case 4 -> array(maxDepth - 1);
            default -> object(maxDepth - 1, 4);
        };
    }

    /** An object of up to {@code maxMembers} members whose values nest at most {@code maxDepth} levels. */
    public JsonObject object(int maxDepth, int maxMembers) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        int count = random.nextInt(maxMembers + 1);
        for (int i = 0; i < count; i++) {
            members.put(key(), value(maxDepth));
        }
        return new JsonObject(members);
    }

    public String key() {
        StringBuilder key = new StringBuilder();
        int length = 1 + random.nextInt(2);
        for (int i = 0; i < length; i++) {
            key.append(KEY_PIECES[random.nextInt(KEY_PIECES.length)]);
        }
        return key.toString();
    }

    public String string(int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(maxPieces + 1);
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** A number as a sender might write it: sign, fraction with trailing zeros, exponent in any form. */
    public JsonNumber number() {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append('-');
        }
        text.append(INTEGER_PARTS[random.nextInt(INTEGER_PARTS.length)]);
        if (random.nextBoolean()) {
            text.append('.').append(random.nextInt(100)).append("0".repeat(random.nextInt(3)));
        }
        if (random.nextInt(3) == 0) {
            text.append(random.nextBoolean() ? 'e' : 'E');
            text.append(new String[] {"", "+", "-"}[random.nextInt(3)]);
            text.append(random.nextInt(400));
        }
        return new JsonNumber(text.toString());
    }

    private JsonArray array(int maxDepth) {
        List<JsonValue> elements = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            elements.add(value(maxDepth));
        }
        return new JsonArray(elements);
    }
}
