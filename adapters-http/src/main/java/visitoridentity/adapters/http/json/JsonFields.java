package visitoridentity.adapters.http.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import visitoridentity.domain.visitor.FieldPatch;

/**
 * Typed access to the members of one JSON object of a request. A member of the wrong JSON type is
 * {@code invalid-json} naming the member by its path ({@code signatures.email}); a value of the
 * right type that breaks a rule is {@code invalid-field}, also named by the member's path when it is
 * parsed through {@link #patch}, {@link #text(String, Function)} or {@link #asMember}. Unknown
 * members are ignored.
 */
public final class JsonFields {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private final JsonObject object;
    private final String prefix;

    private JsonFields(JsonObject object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    public static JsonFields of(JsonObject object) {
        return new JsonFields(object, "");
    }

    /** The request body, which must be a JSON object. */
    public static JsonFields ofBody(JsonValue body) {
        if (body instanceof JsonObject object) {
            return of(object);
        }
        throw new ProblemException(Problem.invalidJson("the body must be a JSON object"));
    }

    /** The member's path as errors name it. */
    public String path(String name) {
        return prefix + name;
    }

    /** The member as sent, {@link JsonNull} included; empty when absent. */
    public Optional<JsonValue> value(String name) {
        return Optional.ofNullable(object.members().get(name));
    }

    /** The names of the members, in the order sent. */
    public List<String> memberNames() {
        return List.copyOf(object.members().keySet());
    }

    /** The member unless it is absent or {@code null}. */
    public Optional<JsonValue> present(String name) {
        return value(name).filter(v -> !(v instanceof JsonNull));
    }

    /** Absent keeps, {@code null} clears, a string is parsed and set. */
    public <T> FieldPatch<T> patch(String name, Function<String, T> parse) {
        Optional<JsonValue> value = value(name);
        if (value.isEmpty()) {
            return FieldPatch.keep();
        }
        if (value.get() instanceof JsonNull) {
            return FieldPatch.clear();
        }
        String text = asText(name, value.get());
        return FieldPatch.set(asMember(name, () -> parse.apply(text)));
    }

    public Optional<String> text(String name) {
        return present(name).map(v -> asText(name, v));
    }

    /** The member's text parsed into a domain value, unless it is absent or {@code null}. */
    public <T> Optional<T> text(String name, Function<String, T> parse) {
        return text(name).map(text -> asMember(name, () -> parse.apply(text)));
    }

    /**
     * Runs {@code parse} on behalf of one member, so that an {@code invalid-field} it raises names
     * that member. The core names fields as the native API spells them ({@code externalId},
     * {@code metadata.plan}); the member's path takes the place of the first segment and the rest is
     * kept, so a dialect's {@code user_id} or {@code user_metadata.plan} is named as its vendor
     * spells it.
     */
    public <T> T asMember(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidFieldException invalid) {
            String field = invalid.field();
            int nested = field.indexOf('.');
            String below = nested < 0 ? "" : field.substring(nested);
            throw new InvalidFieldException(path(name) + below, invalid.rule());
        }
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> new InvalidFieldException(path(name), "is required"));
    }

    public Optional<Long> integer(String name) {
        return present(name).map(v -> {
            if (!(v instanceof JsonNumber number)) {
                throw wrongType(name, "a number");
            }
            if (!INTEGER.matcher(number.text()).matches()) {
                throw new InvalidFieldException(path(name), "must be a whole number");
            }
            try {
                return Long.parseLong(number.text());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException(path(name), "is out of range");
            }
        });
    }

    public Optional<Boolean> bool(String name) {
        return present(name).map(v -> {
            if (v instanceof JsonBoolean bool) {
                return bool.value();
            }
            throw wrongType(name, "true or false");
        });
    }

    public Optional<JsonObject> jsonObject(String name) {
        return present(name).map(v -> {
            if (v instanceof JsonObject member) {
                return member;
            }
            throw wrongType(name, "an object");
        });
    }

    /** A nested object whose members are named below this one's path. */
    public Optional<JsonFields> fields(String name) {
        return jsonObject(name).map(member -> new JsonFields(member, path(name) + "."));
    }

    public Optional<List<String>> textList(String name) {
        return present(name).map(v -> {
            if (!(v instanceof JsonArray array)) {
                throw wrongType(name, "an array of strings");
            }
            List<String> texts = new ArrayList<>();
            for (JsonValue element : array.elements()) {
                if (!(element instanceof JsonString text)) {
                    throw wrongType(name, "an array of strings");
                }
                texts.add(text.value());
            }
            return texts;
        });
    }

    /** An enum value, spelled in any case; an unknown one is {@code invalid-field} listing the known ones. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return text(name).map(text -> {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String known = Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
                throw new InvalidFieldException(path(name), "must be one of " + known);
            }
        });
    }

    private String asText(String name, JsonValue value) {
        if (value instanceof JsonString text) {
            return text.value();
        }
        throw wrongType(name, "a string");
    }

    private ProblemException wrongType(String name, String expected) {
        return new ProblemException(Problem.invalidJson(path(name), path(name) + " must be " + expected));
    }
}
