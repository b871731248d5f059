package visitoridentity.bootstrap.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** One HTTP answer: its status, headers and body, and the body read as JSON. */
record Response(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
        }
    }

    /** The text at a JSON pointer such as {@code /claimTrust/email}; null for JSON null or absent. */
    String text(String pointer) {
        JsonNode node = json().at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The texts of the JSON array at a pointer, such as {@code /visitorIds}. */
    List<String> texts(String pointer) {
        return StreamSupport.stream(json().at(pointer).spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    /** The visitor ids of a page of {@code GET /visitors}. */
    List<String> visitorIds() {
        if (status != 200) {
            throw new AssertionError("expected a page of visitors, got " + this);
        }
        return StreamSupport.stream(json().get("visitors").spliterator(), false)
                .map(visitor -> visitor.get("id").asText())
                .toList();
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The problem code of an error answer. */
    String code() {
        return text("/code");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
