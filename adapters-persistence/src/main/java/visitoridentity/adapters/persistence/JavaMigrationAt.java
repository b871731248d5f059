package visitoridentity.adapters.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, at its version among the SQL ones, run once in Flyway's transaction.
 * It has no checksum: what it does depends on the rows it finds, not on a script's text.
 */
abstract class JavaMigrationAt implements JavaMigration {
    private final MigrationVersion version;
    private final String description;

    JavaMigrationAt(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
