package visitoridentity.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import visitoridentity.adapters.persistence.SecretsKey;

/**
 * The server's own directory on this machine: the H2 database, its secrets key and the first-start
 * records. Only the server's user may enter it (0700) or read what is in it (0600); on a file system
 * without POSIX permissions that is left to the system.
 */
public final class DataDirectory {
    /** The generated secrets key, when {@code VISITOR_IDENTITY_SECRETS_KEY} is not set (H2 only). */
    public static final String SECRETS_KEY_FILE = "secrets.key";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path;
    }

    /** The directory, created if missing, and made the owner's only. */
    public static DataDirectory prepare(Path path) {
        try {
            Files.createDirectories(path);
            restrict(path, OWNER_ONLY_DIRECTORY);
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    List.of("cannot create the data directory " + path + ": " + e.getMessage()));
        }
        return new DataDirectory(path);
    }

    /**
     * The key that seals the signing secrets: the configured one, else (H2 only: validation has
     * refused PostgreSQL without one) the one in {@value #SECRETS_KEY_FILE}, generated on the first
     * start.
     */
    public static SecretsKey secretsKey(ServerConfiguration configuration) {
        return configuration
                .secretsKey()
                .orElseGet(() -> prepare(configuration.dataDirectory()).storedSecretsKey());
    }

    public Path path() {
        return path;
    }

    /** Writes a file only the owner may read (0600 from its creation on), replacing an older one. */
    public Path writePrivate(String name, String text) {
        Path file = path.resolve(name);
        try {
            Files.deleteIfExists(file);
            createPrivate(file);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every file already in the directory (the H2 database's among them) the owner's only. */
    public void restrictFiles() {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                restrict(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SecretsKey storedSecretsKey() {
        Path file = path.resolve(SECRETS_KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[SecretsKey.LENGTH_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    createPrivate(file);
                    Files.writeString(file, SecretsKey.of(key).toBase64() + "\n", StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException anotherStartWroteIt) {
                    // read below
                }
            }
            restrict(file, OWNER_ONLY_FILE);
            return SecretsKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    List.of("cannot read or write the secrets key " + file + ": " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    List.of("the secrets key file " + file + " does not hold base64 of 32 bytes"));
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void restrict(Path file, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // left to the file system
        }
    }
}
