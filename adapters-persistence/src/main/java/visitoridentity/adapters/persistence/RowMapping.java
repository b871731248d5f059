package visitoridentity.adapters.persistence;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import visitoridentity.application.port.CorruptStoredDataException;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.error.VisitorIdentityException;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.CompactJson;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.metadata.SizeUnit;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.domain.verification.TokenPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Profile;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.EnabledDialects;
import visitoridentity.domain.workspace.Workspace;
import visitoridentity.domain.workspace.WorkspaceName;

/**
 * The one place rows become domain objects and back. Stored values are read through the domain's
 * canonical constructors, so a row that breaks a domain rule fails loudly instead of being
 * normalized into something else. Metadata is stored as the domain's compact JSON text.
 */
final class RowMapping {
    private RowMapping() {}

    static WorkspaceRow toRow(Workspace workspace) {
        MetadataPolicy policy = workspace.metadataPolicy();
        return new WorkspaceRow(
                workspace.id().value(),
                workspace.name().value(),
                workspace.verificationMode().name(),
                policy.max(),
                policy.unit().name(),
                policy.overflow().name(),
                workspace
                        .dialects()
                        .names()
                        .map(names -> String.join(",", names))
                        .orElse(null),
                workspace.maxDevicesPerVisitor(),
                workspace.adminKeyHash().hex(),
                workspace.createdAt(),
                workspace.tokenPolicy().maxTokenLifetime().toSeconds(),
                workspace.tokenPolicy().publicKeysOnly(),
                workspace.tokenPolicy().jwksUrl().map(URI::toString).orElse(null));
    }

    static Workspace toWorkspace(WorkspaceRow row, List<String> allowedOrigins) {
        return stored("workspaces(id=" + row.id() + ")", () -> workspaceOf(row, allowedOrigins));
    }

    private static Workspace workspaceOf(WorkspaceRow row, List<String> allowedOrigins) {
        return new Workspace(
                WorkspaceId.of(row.id()),
                new WorkspaceName(row.name()),
                VerificationMode.valueOf(row.verificationMode()),
                new MetadataPolicy(
                        row.metadataMax(),
                        SizeUnit.valueOf(row.metadataUnit()),
                        Overflow.valueOf(row.metadataOverflow())),
                new AllowedOrigins(allowedOrigins),
                dialects(row.dialects()),
                row.maxDevicesPerVisitor(),
                new SecretHash(row.adminKeyHash()),
                row.createdAt(),
                new TokenPolicy(
                        Duration.ofSeconds(row.maxTokenLifetimeSeconds()),
                        row.publicKeysOnly(),
                        Optional.ofNullable(row.jwksUrl()).map(URI::create)));
    }

    /** The active key first (position 0), then the previous keys in their order. */
    static List<SigningKeyRow> toRows(SigningKeyRing ring) {
        List<SigningKeyRow> rows = new ArrayList<>();
        rows.add(toRow(0, ring.active()));
        for (SigningKey previous : ring.previous()) {
            rows.add(toRow(rows.size(), previous));
        }
        return rows;
    }

    /**
     * @param rows ordered by position
     * @param secrets the secret object for each stored secret value
     */
    static Optional<SigningKeyRing> toKeyRing(List<SigningKeyRow> rows, Function<String, SigningSecret> secrets) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0).active()) {
            throw new IllegalStateException("a stored key ring has no active key");
        }
        List<SigningKey> previous = rows.subList(1, rows.size()).stream()
                .map(row -> toKey(row, secrets))
                .toList();
        return Optional.of(new SigningKeyRing(toKey(rows.get(0), secrets), previous));
    }

    static ContactRow toRow(Contact contact) {
        return new ContactRow(
                contact.workspaceId().value(),
                contact.id().value(),
                contact.email().value(),
                contact.createdAt());
    }

    static Contact toContact(ContactRow row) {
        return stored("contacts(workspace_id=" + row.workspaceId() + ", id=" + row.id() + ")", () -> contactOf(row));
    }

    private static Contact contactOf(ContactRow row) {
        return new Contact(
                ContactId.of(row.id()), WorkspaceId.of(row.workspaceId()), new Email(row.email()), row.createdAt());
    }

    static VisitorRow toRow(Visitor visitor) {
        Profile profile = visitor.profile();
        return new VisitorRow(
                visitor.workspaceId().value(),
                visitor.id().value(),
                value(visitor.externalId()),
                trust(visitor.externalId()),
                StoredProvenance.write(visitor.externalId()),
                visitor.trustedExternalId().map(ExternalId::value).orElse(null),
                value(visitor.email()),
                trust(visitor.email()),
                StoredProvenance.write(visitor.email()),
                value(visitor.phone()),
                trust(visitor.phone()),
                StoredProvenance.write(visitor.phone()),
                profile.name().map(DisplayName::value).orElse(null),
                profile.avatarUrl().map(AvatarUrl::value).orElse(null),
                profile.tag().map(Tag::value).orElse(null),
                CompactJson.write(visitor.metadata().object()),
                visitor.contactId().map(ContactId::value).orElse(null),
                visitor.createdAt(),
                visitor.updatedAt(),
                visitor.lastSeenAt(),
                visitor.version());
    }

    static Visitor toVisitor(VisitorRow row) {
        return stored("visitors(workspace_id=" + row.workspaceId() + ", id=" + row.id() + ")", () -> visitorOf(row));
    }

    private static Visitor visitorOf(VisitorRow row) {
        return new Visitor(
                VisitorId.of(row.id()),
                WorkspaceId.of(row.workspaceId()),
                claim(row.externalId(), row.externalIdTrust(), row.externalIdProof(), row, ExternalId::new),
                claim(row.email(), row.emailTrust(), row.emailProof(), row, Email::new),
                claim(row.phone(), row.phoneTrust(), row.phoneProof(), row, Phone::new),
                new Profile(
                        Optional.ofNullable(row.name()).map(DisplayName::new),
                        Optional.ofNullable(row.avatarUrl()).map(AvatarUrl::new),
                        Optional.ofNullable(row.tag()).map(Tag::new)),
                metadata(row.metadata()),
                Optional.ofNullable(row.contactId()).map(ContactId::of),
                row.createdAt(),
                row.updatedAt(),
                row.lastSeenAt(),
                row.version());
    }

    private static SigningKeyRow toRow(int position, SigningKey key) {
        return new SigningKeyRow(
                position,
                position == 0,
                key.kid(),
                key.secret().value(),
                key.createdAt(),
                key.validUntil().orElse(null));
    }

    private static SigningKey toKey(SigningKeyRow row, Function<String, SigningSecret> secrets) {
        return new SigningKey(
                row.kid(), secrets.apply(row.secret()), row.createdAt(), Optional.ofNullable(row.validUntil()));
    }

    /**
     * Reads one stored row into the domain. A row that breaks a domain rule is the server's problem,
     * never the caller's: it becomes {@link CorruptStoredDataException} naming the row by its key,
     * not the domain's {@code invalid-field} that would blame the request.
     */
    private static <T> T stored(String rowKey, Supplier<T> read) {
        try {
            return read.get();
        } catch (VisitorIdentityException | IllegalArgumentException | IllegalStateException corrupt) {
            throw new CorruptStoredDataException(rowKey, corrupt);
        }
    }

    private static String value(Optional<? extends Claim<?>> claim) {
        return claim.map(Claim::text).orElse(null);
    }

    private static String trust(Optional<? extends Claim<?>> claim) {
        return claim.map(c -> c.trust().name()).orElse(null);
    }

    private static <T extends ClaimValue> Optional<Claim<T>> claim(
            String value, String trust, String proof, VisitorRow row, Function<String, T> parse) {
        if (value == null) {
            return Optional.empty();
        }
        ClaimTrust level = ClaimTrust.valueOf(trust);
        return Optional.of(Claim.stored(
                parse.apply(value),
                level,
                StoredProvenance.read(proof, level == ClaimTrust.VERIFIED, row.updatedAt())));
    }

    /** Null for every dialect; otherwise the names, comma-separated (none when empty). */
    private static EnabledDialects dialects(String column) {
        if (column == null) {
            return EnabledDialects.ALL;
        }
        return EnabledDialects.only(column.isEmpty() ? Set.of() : Set.of(column.split(",", -1)));
    }

    private static Metadata metadata(String compactJson) {
        JsonValue value = CompactJson.parse(compactJson);
        if (!(value instanceof JsonObject object)) {
            throw new IllegalStateException("stored metadata is not a JSON object");
        }
        return new Metadata(object);
    }
}
