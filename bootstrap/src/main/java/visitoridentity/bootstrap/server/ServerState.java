package visitoridentity.bootstrap.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;

/**
 * What a server remembers in its data directory between starts: the hash of the root token it
 * generated, and the demo workspace it created. Never a secret in clear.
 */
record ServerState(Optional<SecretHash> rootTokenHash, Optional<WorkspaceId> demoWorkspaceId) {
    static final String FILE_NAME = "server-state.properties";
    private static final String ROOT_TOKEN_HASH = "rootTokenHash";
    private static final String DEMO_WORKSPACE_ID = "demoWorkspaceId";

    static ServerState read(Path file) {
        if (!Files.exists(file)) {
            return new ServerState(Optional.empty(), Optional.empty());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ServerState(
                Optional.ofNullable(properties.getProperty(ROOT_TOKEN_HASH)).map(SecretHash::new),
                Optional.ofNullable(properties.getProperty(DEMO_WORKSPACE_ID)).map(WorkspaceId::of));
    }

    ServerState withRootTokenHash(SecretHash hash) {
        return new ServerState(Optional.of(hash), demoWorkspaceId);
    }

    ServerState withDemoWorkspace(WorkspaceId id) {
        return new ServerState(rootTokenHash, Optional.of(id));
    }

    /** Replaces the file whole, so a crash mid-write leaves the previous state. */
    void write(Path file) {
        Properties properties = new Properties();
        rootTokenHash.ifPresent(hash -> properties.setProperty(ROOT_TOKEN_HASH, hash.hex()));
        demoWorkspaceId.ifPresent(id -> properties.setProperty(DEMO_WORKSPACE_ID, id.value()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(FILE_NAME + ".next");
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(writer, "visitor-identity server state: no secrets, only the root token's hash");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
