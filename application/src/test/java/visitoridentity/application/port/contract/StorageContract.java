package visitoridentity.application.port.contract;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/**
 * What every storage contract suite shares: the ports under test and small builders of stored
 * objects. Each test works in workspaces of its own, with ids no other test uses, so the suites run
 * on a fresh store as well as on one database shared by many tests.
 */
public abstract class StorageContract {
    protected static final Instant T0 = StorageFixtures.T0;

    protected StoragePorts ports;

    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final AtomicInteger sequence = new AtomicInteger();

    /** The ports of the adapter under test; called before each test. */
    protected abstract StoragePorts storagePorts();

    @BeforeEach
    void openStorage() {
        ports = storagePorts();
    }

    /** A workspace stored for this test. */
    protected WorkspaceId newWorkspace() {
        Workspace workspace = workspace(newWorkspaceId());
        ports.workspaces().insert(workspace);
        return workspace.id();
    }

    protected WorkspaceId newWorkspaceId() {
        return WorkspaceId.of("ws_" + run + "_" + next());
    }

    /** Visitor ids of one test sort in the order they were made. */
    protected VisitorId newVisitorId() {
        return VisitorId.of("v_" + run + "_" + next());
    }

    protected AnonymousId newAnonymousId() {
        return AnonymousId.of("anon_" + run + "_" + next());
    }

    protected ContactId newContactId() {
        return ContactId.of("c_" + run + "_" + next());
    }

    protected static Workspace workspace(WorkspaceId id) {
        return StorageFixtures.workspace(id);
    }

    /** A new anonymous visitor, not yet stored. */
    protected Visitor anonymousVisitor(WorkspaceId workspaceId) {
        return Visitor.start(newVisitorId(), workspaceId, T0);
    }

    /** A visitor stored with its one device, whose token hash is {@link #tokenOf} the device. */
    protected record Started(Visitor visitor, AnonymousId device) {}

    /** A new anonymous visitor, stored with one new device. */
    protected Started started(WorkspaceId workspaceId) {
        Visitor visitor = anonymousVisitor(workspaceId);
        return new Started(visitor, startWithNewDevice(visitor));
    }

    /** Stores the visitor with one new device, and returns the device. */
    protected AnonymousId startWithNewDevice(Visitor visitor) {
        AnonymousId device = newAnonymousId();
        ports.visitors().start(visitor, device, tokenOf(device));
        return device;
    }

    protected Visitor startedVisitor(WorkspaceId workspaceId) {
        return started(workspaceId).visitor();
    }

    protected AnonymousId startedDevice(WorkspaceId workspaceId) {
        return started(workspaceId).device();
    }

    protected static SecretHash tokenOf(AnonymousId anonymousId) {
        return SecretHash.of("visitor-token-of-" + anonymousId.value());
    }

    protected Contact storedContact(WorkspaceId workspaceId, String email) {
        Contact contact = new Contact(newContactId(), workspaceId, Email.of(email), T0);
        ports.contacts().insert(contact);
        return contact;
    }

    protected static Optional<Claim<ExternalId>> externalId(String value, ClaimTrust trust) {
        return Optional.of(StorageFixtures.claim(ExternalId.of(value), trust));
    }

    protected static Optional<Claim<Email>> email(String value, ClaimTrust trust) {
        return Optional.of(StorageFixtures.claim(Email.of(value), trust));
    }

    protected static Visitor withExternalId(Visitor visitor, String value, ClaimTrust trust) {
        return visitor.withExternalId(StorageFixtures.claim(ExternalId.of(value), trust));
    }

    protected static Metadata metadata(String key, String value) {
        return StorageFixtures.metadata(Map.of(key, new JsonString(value)));
    }

    protected static Metadata metadata(Map<String, JsonValue> members) {
        return StorageFixtures.metadata(members);
    }

    private String next() {
        return String.format("%04d", sequence.incrementAndGet());
    }
}
