package visitoridentity.adapters.persistence;

import java.nio.file.Path;
import java.util.UUID;

/** H2 databases in files under {@code target/h2}, each in a directory of its own, opened with the production settings. */
final class H2Files {
    private H2Files() {}

    static Path newDirectory(String name) {
        return Path.of("target", "h2", name + "-" + UUID.randomUUID());
    }

    static JdbiPersistence open(Path directory) {
        return JdbiPersistence.open(DataSources.pooled(DataSources.defaultH2Url(directory), "sa", ""));
    }
}
