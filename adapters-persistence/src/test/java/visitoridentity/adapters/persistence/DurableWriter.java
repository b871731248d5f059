package visitoridentity.adapters.persistence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.contract.StorageFixtures;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/**
 * The child JVM of {@link DurabilityTest}: writes to the H2 file database in the given directory
 * until it is killed, and prints one line on stdout after each commit returned: {@code started
 * <n>} once visitor {@code v_<n>} is stored, {@code added <n>} once visitor {@code v_0} holds the
 * metadata key {@code k<n>}.
 */
final class DurableWriter {
    static final WorkspaceId WORKSPACE = WorkspaceId.of("ws_durability");
    static final VisitorId FIRST_VISITOR = visitorId(0);

    private DurableWriter() {}

    public static void main(String[] arguments) {
        PrintStream acknowledgements = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JdbiPersistence persistence = H2Files.open(Path.of(arguments[0]));
        Instant now = StorageFixtures.T0;
        persistence.workspaces().insert(StorageFixtures.workspace(WORKSPACE));
        VisitorRepository visitors = persistence.visitors();
        for (int n = 0; ; n++) {
            Visitor visitor = Visitor.start(visitorId(n), WORKSPACE, now);
            visitors.start(visitor, AnonymousId.of("anon_" + n), SecretHash.of("token-" + n));
            acknowledgements.println("started " + n);
            Visitor first = visitors.findById(WORKSPACE, FIRST_VISITOR).orElseThrow();
            Map<String, JsonValue> members =
                    new LinkedHashMap<>(first.metadata().object().members());
            members.put("k" + n, JsonNumber.of(n));
            visitors.update(first.withMetadata(StorageFixtures.metadata(members)));
            acknowledgements.println("added " + n);
        }
    }

    static VisitorId visitorId(int n) {
        return VisitorId.of("v_" + n);
    }
}
