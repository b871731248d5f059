package visitoridentity.domain.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;

/** Visitor.absorb: a merged anonymous record fills only what the known visitor lacks. */
class VisitorAbsorbTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_1");

    private static Visitor visitor(String id) {
        return Visitor.start(VisitorId.of(id), WORKSPACE, NOW);
    }

    private static Metadata metadata(Map<String, String> members) {
        java.util.LinkedHashMap<String, visitoridentity.domain.json.JsonValue> values = new java.util.LinkedHashMap<>();
        members.forEach((key, value) -> values.put(key, new JsonString(value)));
        return new Metadata(new JsonObject(values));
    }

    @Test
    void theKnownVisitorsFieldsWinAndOnlyGapsAreFilled() {
        Visitor known = visitor("known")
                .withProfile(new Profile(Optional.of(DisplayName.of("Known")), Optional.empty(), Optional.empty()))
                .withMetadata(metadata(Map.of("plan", "pro")));
        Visitor anonymous = visitor("anonymous")
                .withProfile(new Profile(Optional.of(DisplayName.of("Other")), Optional.empty(), Optional.empty()))
                .withEmail(Optional.of(Claim.email("a@example.com")))
                .withContact(Optional.of(ContactId.of("c_1")))
                .withMetadata(metadata(Map.of("plan", "free", "page", "/pricing")));

        Visitor merged = known.absorb(anonymous, MetadataPolicy.DEFAULT).visitor();

        assertThat(merged.profile().name()).contains(DisplayName.of("Known"));
        assertThat(merged.email().map(Claim::value)).contains(Email.of("a@example.com"));
        assertThat(merged.contactId()).contains(ContactId.of("c_1"));
        assertThat(merged.metadata().object().members().get("plan")).isEqualTo(new JsonString("pro"));
        assertThat(merged.metadata().object().members()).containsKey("page");
    }

    @Test
    void keysThatWouldCrossTheLimitAreDroppedAndNamedNeverRefused() {
        Visitor known = visitor("known").withMetadata(metadata(Map.of("a", "1")));
        Visitor anonymous = visitor("anonymous").withMetadata(metadata(Map.of("big", "x".repeat(100))));

        Visitor.Absorption absorption =
                known.absorb(anonymous, new MetadataPolicy(20, SizeUnit.BYTES, Overflow.REJECT));

        assertThat(absorption.droppedKeys()).containsExactly("big");
        assertThat(absorption.visitor().metadata().object().members()).containsOnlyKeys("a");
    }
}
