package visitoridentity.adapters.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import visitoridentity.domain.json.JsonValue;

/**
 * The one Jackson mapper responses are written with: records as they are, domain JSON values
 * verbatim, instants as {@link Timestamps} writes them.
 */
public final class JsonOutput {
    private JsonOutput() {}

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(Timestamps.format(value));
        }
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new SimpleModule("domain-json")
                        .addSerializer(JsonValue.class, new JsonValueSerializer())
                        .addSerializer(Instant.class, new InstantSerializer()))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }
}
