package visitoridentity.adapters.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import visitoridentity.domain.json.JsonArray;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;

/** Writes the domain's JSON model as it is: members in order, numbers with the text they came as. */
final class JsonValueSerializer extends StdSerializer<JsonValue> {
    private static final long serialVersionUID = 1L;

    JsonValueSerializer() {
        super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (value instanceof JsonObject object) {
            out.writeStartObject();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                out.writeFieldName(member.getKey());
                serialize(member.getValue(), out, provider);
            }
            out.writeEndObject();
        } else if (value instanceof JsonArray array) {
            out.writeStartArray();
            for (JsonValue element : array.elements()) {
                serialize(element, out, provider);
            }
            out.writeEndArray();
        } else if (value instanceof JsonString string) {
            out.writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            out.writeNumber(number.text());
        } else if (value instanceof JsonBoolean bool) {
            out.writeBoolean(bool.value());
        } else if (value instanceof JsonNull) {
            out.writeNull();
        }
    }
}
