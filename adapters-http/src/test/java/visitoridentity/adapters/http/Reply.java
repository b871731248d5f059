package visitoridentity.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as tests read it. */
record Reply(int status, String body, HttpResponse<String> raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Reply of(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.body(), response);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String field) {
        return json().path(field).asText();
    }

    Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The {@code code} of a problem detail. */
    String problemCode() {
        return json().path("code").asText();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
