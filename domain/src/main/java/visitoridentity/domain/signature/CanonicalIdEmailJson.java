package visitoridentity.domain.signature;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HMAC over {@code {"id":"<id>"}} or {@code {"id":"<id>","email":"<email>"}}, compact, id first;
 * accepted with non-ASCII escaped as {@code \}{@code uXXXX} (Python) or raw (JavaScript), and with the
 * email as sent or normalized.
 */
public record CanonicalIdEmailJson(String id, Optional<String> email, Optional<String> normalizedEmail)
        implements SignedPayload {
    public CanonicalIdEmailJson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(normalizedEmail, "normalizedEmail");
        if (email.isEmpty() && normalizedEmail.isPresent()) {
            throw new IllegalArgumentException("a normalized email needs the email as sent");
        }
    }

    /** The payload a signer signs: the id and, when present, the email as given. */
    public static CanonicalIdEmailJson of(String id, Optional<String> email) {
        return new CanonicalIdEmailJson(id, email, Optional.empty());
    }

    /** The raw UTF-8 form (JavaScript's) with the email as sent. */
    @Override
    public byte[] message() {
        return json(JsonEscaping.RAW_UTF8, email).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<byte[]> acceptedMessages() {
        Set<String> texts = new LinkedHashSet<>();
        for (Optional<String> emailForm : List.of(email, normalizedEmail.or(() -> email))) {
            texts.add(json(JsonEscaping.RAW_UTF8, emailForm));
            texts.add(json(JsonEscaping.ASCII, emailForm));
        }
        return texts.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private String json(JsonEscaping escaping, Optional<String> emailForm) {
        String idMember = "{\"id\":" + escaping.quote(id);
        return emailForm
                .map(value -> idMember + ",\"email\":" + escaping.quote(value) + "}")
                .orElse(idMember + "}");
    }
}
