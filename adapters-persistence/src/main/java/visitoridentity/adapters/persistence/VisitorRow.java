package visitoridentity.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A row of {@code visitors}: claims as value and trust (both null when absent), metadata as compact
 * JSON text. Its anonymous ids are rows of {@code anonymous_ids}.
 */
record VisitorRow(
        String workspaceId,
        String id,
        String externalId,
        String externalIdTrust,
        String externalIdProof,
        String trustedExternalId,
        String email,
        String emailTrust,
        String emailProof,
        String phone,
        String phoneTrust,
        String phoneProof,
        String name,
        String avatarUrl,
        String tag,
        String metadata,
        String contactId,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSeenAt,
        long version) {
    static final String COLUMNS = "workspace_id, id, external_id, external_id_trust, external_id_proof,"
            + " trusted_external_id, email, email_trust, email_proof, phone, phone_trust, phone_proof, name, avatar_url, tag, metadata, contact_id,"
            + " created_at, updated_at, last_seen_at, version";
    static final String PARAMETERS = ":workspaceId, :id, :externalId, :externalIdTrust, :externalIdProof,"
            + " :trustedExternalId, :email, :emailTrust, :emailProof, :phone, :phoneTrust, :phoneProof, :name, :avatarUrl, :tag, :metadata, :contactId,"
            + " :createdAt, :updatedAt, :lastSeenAt, :version";

    /** {@link #COLUMNS}, each qualified by the given table alias. */
    static String columnsOf(String alias) {
        return Arrays.stream(COLUMNS.split(","))
                .map(column -> alias + "." + column.strip())
                .collect(Collectors.joining(", "));
    }

    /**
     * The row as the database holds it once an update of this row committed: the next version, each
     * instant to the microsecond (see {@link UtcTimestamps}).
     */
    VisitorRow asUpdated() {
        return new VisitorRow(
                workspaceId,
                id,
                externalId,
                externalIdTrust,
                externalIdProof,
                trustedExternalId,
                email,
                emailTrust,
                emailProof,
                phone,
                phoneTrust,
                phoneProof,
                name,
                avatarUrl,
                tag,
                metadata,
                contactId,
                stored(createdAt),
                stored(updatedAt),
                stored(lastSeenAt),
                version + 1);
    }

    private static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static VisitorRow read(ResultSet row, StatementContext context) throws SQLException {
        return new VisitorRow(
                row.getString("workspace_id"),
                row.getString("id"),
                row.getString("external_id"),
                row.getString("external_id_trust"),
                row.getString("external_id_proof"),
                row.getString("trusted_external_id"),
                row.getString("email"),
                row.getString("email_trust"),
                row.getString("email_proof"),
                row.getString("phone"),
                row.getString("phone_trust"),
                row.getString("phone_proof"),
                row.getString("name"),
                row.getString("avatar_url"),
                row.getString("tag"),
                row.getString("metadata"),
                row.getString("contact_id"),
                UtcTimestamps.read(row, "created_at"),
                UtcTimestamps.read(row, "updated_at"),
                UtcTimestamps.read(row, "last_seen_at"),
                row.getLong("version"));
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        return statement
                .bind("workspaceId", workspaceId)
                .bind("id", id)
                .bind("externalId", externalId)
                .bind("externalIdTrust", externalIdTrust)
                .bind("externalIdProof", externalIdProof)
                .bind("trustedExternalId", trustedExternalId)
                .bind("email", email)
                .bind("emailTrust", emailTrust)
                .bind("emailProof", emailProof)
                .bind("phone", phone)
                .bind("phoneTrust", phoneTrust)
                .bind("phoneProof", phoneProof)
                .bind("name", name)
                .bind("avatarUrl", avatarUrl)
                .bind("tag", tag)
                .bind("metadata", metadata)
                .bind("contactId", contactId)
                .bindByType("createdAt", createdAt, Instant.class)
                .bindByType("updatedAt", updatedAt, Instant.class)
                .bindByType("lastSeenAt", lastSeenAt, Instant.class)
                .bind("version", version);
    }

    @Override
    public String toString() {
        return "VisitorRow[workspaceId=" + workspaceId + ", id=" + id + ", version=" + version + "]";
    }
}
