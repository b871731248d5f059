package visitoridentity.adapters.persistence;

import java.nio.file.Path;
import java.util.UUID;

/** H2 databases in files under {@code target/h2}, each in a directory of its own, opened with the production settings. */
final class H2Files {
    private H2Files() {}

    static Path newDirectory(String name) {
        return Path.of("target", "h2", name + "-" + UUID.randomUUID());
    }

    /** The key every test database's signing secrets are sealed with. */
    static final SecretsKey SECRETS_KEY = SecretsKey.fromBase64("dGVzdC1zZWNyZXRzLWtleS0wMTIzNDU2Nzg5YWJjZGU=");

    static JdbiPersistence open(Path directory) {
        return JdbiPersistence.open(DataSources.pooled(DataSources.defaultH2Url(directory), "sa", ""), SECRETS_KEY);
    }
}
