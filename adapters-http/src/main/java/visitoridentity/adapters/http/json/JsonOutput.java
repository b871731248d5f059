package visitoridentity.adapters.http.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import visitoridentity.domain.json.JsonValue;

/** The one Jackson mapper responses are written with: records as they are, domain JSON values verbatim. */
public final class JsonOutput {
    private JsonOutput() {}

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new SimpleModule("domain-json").addSerializer(JsonValue.class, new JsonValueSerializer()))
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }
}
