package visitoridentity.adapters.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.json.JsonArray;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;

/**
 * Parses a request body straight into the domain's JSON model, so that object members keep their
 * order and numbers keep the exact text they came as. Strict: one JSON value in well-formed UTF-8 and nothing
 * after it, no duplicate keys, no NaN, within the stream limits below; anything else is
 * {@code invalid-json}. A string the domain cannot store (U+0000, a lone surrogate) is an
 * {@code invalid-field} named by its path, such as {@code metadata.address.street}.
 */
public final class StrictJson {
    /** Deeper than any valid body: metadata may nest 16 levels below a field or two of envelope. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longer than any sensible number; the text is kept, so this bounds what is stored. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Above the domain's 256-character key limit, so that one reports a too-long key by name. */
    public static final int MAX_NAME_LENGTH = 1024;

    private final JsonFactory factory;

    public StrictJson(long maxBodyBytes) {
        int maxString = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBodyBytes)
                        .maxStringLength(maxString)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * The one JSON value of a body that must be well-formed UTF-8: overlong forms ({@code C0 AF}),
     * encoded surrogates, and bodies in UTF-16 or UTF-32 (whose ASCII comes with zero bytes, which
     * is not JSON once decoded as UTF-8) are {@code invalid-json}, never guessed at.
     */
    public JsonValue parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.invalidJson("the body is not valid UTF-8"));
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ProblemException(Problem.invalidJson("the body is empty; a JSON object is expected"));
            }
            JsonValue value = read(parser, first, "");
            if (parser.nextToken() != null) {
                throw new ProblemException(Problem.invalidJson("the body holds more than one JSON value"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.invalidJson("not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ProblemException(Problem.invalidJson("not valid UTF-8 JSON"));
        }
    }

    private static JsonValue read(JsonParser parser, JsonToken token, String path) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser, path);
            case START_ARRAY -> readArray(parser, path);
            case VALUE_STRING -> string(parser.getText(), path);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText());
            case VALUE_TRUE -> new JsonBoolean(true);
            case VALUE_FALSE -> new JsonBoolean(false);
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new ProblemException(Problem.invalidJson("unexpected " + token));
        };
    }

    private static JsonObject readObject(JsonParser parser, String path) throws IOException {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String memberPath = path.isEmpty() ? name : path + "." + name;
            requireStorable(name, memberPath);
            members.put(name, read(parser, parser.nextToken(), memberPath));
        }
        return new JsonObject(members);
    }

    private static JsonArray readArray(JsonParser parser, String path) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(read(parser, token, path + "[" + elements.size() + "]"));
        }
        return new JsonArray(elements);
    }

    private static JsonString string(String text, String path) {
        requireStorable(text, path);
        return new JsonString(text);
    }

    private static void requireStorable(String text, String path) {
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException(path, "must not contain the character U+0000");
        }
        if (hasLoneSurrogate(text)) {
            throw new InvalidFieldException(path, "must not contain an unpaired surrogate (\\ud800 to \\udfff)");
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
