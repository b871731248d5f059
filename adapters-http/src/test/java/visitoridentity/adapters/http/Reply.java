package visitoridentity.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as tests read it. */
public record Reply(int status, String body, HttpResponse<String> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Reply of(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.body(), response);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String field) {
        return json().path(field).asText();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The {@code code} of a problem detail. */
    public String problemCode() {
        return json().path("code").asText();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
