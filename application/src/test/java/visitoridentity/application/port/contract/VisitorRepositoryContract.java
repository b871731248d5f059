package visitoridentity.application.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.contact.Contact;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonArray;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.Metadata;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Profile;
import visitoridentity.domain.visitor.Visitor;

/** What every {@link visitoridentity.application.port.VisitorRepository} does with one visitor at a time. */
public abstract class VisitorRepositoryContract extends StorageContract {

    @Test
    void aStartedVisitorIsFoundByIdAndByItsAnonymousId() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();

        assertThat(ports.visitors().findById(workspace, visitor.id())).contains(visitor);
        assertThat(ports.visitors().findByAnonymousId(workspace, started.device()))
                .contains(visitor);
    }

    @Test
    void aVisitorsDevicesAreListedWithWhenEachWasLastSeen() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();
        Started other = started(workspace);
        AnonymousId device = started.device();

        ports.visitors().markSeen(workspace, device, T0.plusSeconds(3600));

        assertThat(ports.visitors().devicesOf(workspace, visitor.id()))
                .containsExactly(new SeenDevice(device, T0.plusSeconds(3600)));
        assertThat(ports.visitors().devicesOf(workspace, other.visitor().id()))
                .extracting(SeenDevice::anonymousId)
                .containsExactly(other.device());
        assertThat(ports.visitors().devicesOf(newWorkspace(), visitor.id())).isEmpty();
    }

    @Test
    void aStartedVisitorsTokenResolvesToItsAnonymousId() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();
        AnonymousId anonymousId = started.device();

        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(anonymousId)))
                .map(LiveVisitorToken::anonymousId)
                .contains(anonymousId);
    }

    @Test
    void anUnknownTokenResolvesToNothing() {
        WorkspaceId workspace = newWorkspace();
        startedVisitor(workspace);

        assertThat(ports.visitorTokens().findLive(workspace, SecretHash.of("not a token")))
                .map(LiveVisitorToken::anonymousId)
                .isEmpty();
    }

    @Test
    void startingAVisitorOnATakenAnonymousIdIsAConcurrentUpdateThatStoresNothing() {
        WorkspaceId workspace = newWorkspace();
        AnonymousId taken = startedDevice(workspace);
        Visitor second = anonymousVisitor(workspace);

        assertThatThrownBy(() -> ports.visitors().start(second, taken, SecretHash.of("another token")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findById(workspace, second.id())).isEmpty();
    }

    @Test
    void everyFieldOfAnInsertedVisitorIsStored() {
        WorkspaceId workspace = newWorkspace();
        Contact contact = storedContact(workspace, "jane@example.com");
        Visitor visitor = new Visitor(
                newVisitorId(),
                workspace,
                externalId("user_123", ClaimTrust.VERIFIED),
                email("jane@example.com", ClaimTrust.TRUSTED),
                Optional.of(StorageFixtures.claim(Phone.of("+44 20 7946 0958"), ClaimTrust.UNVERIFIED)),
                new Profile(
                        Optional.of(DisplayName.of("Jane Doe")),
                        Optional.of(AvatarUrl.of("https://cdn.example.com/jane.png")),
                        Optional.of(Tag.of("pro"))),
                metadata("plan", "pro"),
                Optional.of(contact.id()),
                T0,
                T0.plusSeconds(60),
                T0.plusSeconds(120),
                0);

        ports.visitors().insert(visitor);

        assertThat(ports.visitors().findById(workspace, visitor.id())).contains(visitor);
    }

    @Test
    void metadataComesBackInItsKeyOrderWithItsNumbersAsWritten() {
        WorkspaceId workspace = newWorkspace();
        Map<String, JsonValue> nested = new LinkedHashMap<>();
        nested.put("b", new JsonBoolean(true));
        nested.put("a", JsonNull.INSTANCE);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("zeta", new JsonString("Zoë 𝄞 \"quoted\" \\ \n tab\t"));
        members.put("price", new JsonNumber("1.50"));
        members.put("count", new JsonNumber("1e3"));
        members.put("nested", new JsonObject(nested));
        members.put("alpha", new JsonArray(List.of(new JsonNumber("-0.0"), new JsonString(""), JsonNull.INSTANCE)));
        Metadata metadata = metadata(members);
        Visitor visitor = anonymousVisitor(workspace).withMetadata(metadata);

        ports.visitors().insert(visitor);

        Metadata stored =
                ports.visitors().findById(workspace, visitor.id()).orElseThrow().metadata();
        assertThat(stored).isEqualTo(metadata);
        assertThat(stored.object().members().keySet()).containsExactly("zeta", "price", "count", "nested", "alpha");
        assertThat(((JsonObject) stored.object().members().get("nested"))
                        .members()
                        .keySet())
                .containsExactly("b", "a");
    }

    @Test
    void aTrustedExternalIdFindsItsVisitor() {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED);
        ports.visitors().insert(visitor);

        assertThat(ports.visitors().findByTrustedExternalId(workspace, ExternalId.of("user_1")))
                .contains(visitor);
    }

    @Test
    void anUnverifiedExternalIdIsNotFoundAsTrusted() {
        WorkspaceId workspace = newWorkspace();
        ports.visitors().insert(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED));

        assertThat(ports.visitors().findByTrustedExternalId(workspace, ExternalId.of("user_1")))
                .isEmpty();
    }

    @Test
    void aSecondVisitorWithTheSameTrustedExternalIdIsAConcurrentUpdate() {
        WorkspaceId workspace = newWorkspace();
        ports.visitors().insert(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED));
        Visitor second = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.TRUSTED);

        assertThatThrownBy(() -> ports.visitors().insert(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findById(workspace, second.id())).isEmpty();
    }

    @Test
    void anUpdateTakingATrustedExternalIdHeldByAnotherVisitorIsAConcurrentUpdate() {
        WorkspaceId workspace = newWorkspace();
        ports.visitors().insert(withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.TRUSTED));
        Visitor other = startedVisitor(workspace);

        assertThatThrownBy(() -> ports.visitors().update(withExternalId(other, "user_1", ClaimTrust.TRUSTED)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findById(workspace, other.id())).contains(other);
    }

    @Test
    void anUnverifiedExternalIdMayBeHeldByAnyNumberOfVisitorsBesideItsTrustedHolder() {
        WorkspaceId workspace = newWorkspace();
        Visitor holder = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED);
        Visitor first = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED);
        Visitor second = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.UNVERIFIED);

        ports.visitors().insert(holder);
        ports.visitors().insert(first);
        ports.visitors().insert(second);

        assertThat(ports.visitors().findById(workspace, second.id())).contains(second);
        assertThat(ports.visitors().findByTrustedExternalId(workspace, ExternalId.of("user_1")))
                .contains(holder);
    }

    @Test
    void anUpdateReturnsTheVisitorAtItsNextVersion() {
        WorkspaceId workspace = newWorkspace();
        Visitor started = startedVisitor(workspace);

        Visitor saved = ports.visitors().update(started.withMetadata(metadata("plan", "pro")));

        assertThat(saved.version()).isEqualTo(started.version() + 1);
        assertThat(saved.metadata()).isEqualTo(metadata("plan", "pro"));
        assertThat(ports.visitors().findById(workspace, started.id())).contains(saved);
    }

    @Test
    void anUpdateFromAStaleReadIsAConcurrentUpdateAndChangesNothing() {
        WorkspaceId workspace = newWorkspace();
        Visitor read = startedVisitor(workspace);
        Visitor saved = ports.visitors().update(read.withMetadata(metadata("first", "1")));

        assertThatThrownBy(() -> ports.visitors().update(read.withMetadata(metadata("second", "2"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findById(workspace, read.id())).contains(saved);
    }

    @Test
    void anUpdateOfADeletedVisitorIsAConcurrentUpdate() {
        WorkspaceId workspace = newWorkspace();
        Visitor read = startedVisitor(workspace);
        ports.visitors().delete(workspace, read.id());

        assertThatThrownBy(() -> ports.visitors().update(read.withMetadata(metadata("plan", "pro"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ports.visitors().findById(workspace, read.id())).isEmpty();
    }

    @Test
    void aMovedDeviceResolvesToItsNewVisitorWithItsTokenAndTheOtherDevicesStay() {
        WorkspaceId workspace = newWorkspace();
        Started known = started(workspace);
        Started previous = started(workspace);
        AnonymousId stays = anotherDeviceOf(workspace, previous.visitor().id());

        ports.visitors()
                .moveDevice(workspace, previous.device(), known.visitor().id());

        assertThat(ports.visitors().findByAnonymousId(workspace, previous.device()))
                .contains(known.visitor());
        assertThat(ports.visitors()
                        .anonymousIdsOf(
                                workspace,
                                List.of(known.visitor().id(), previous.visitor().id())))
                .containsEntry(known.visitor().id(), List.of(known.device(), previous.device()))
                .containsEntry(previous.visitor().id(), List.of(stays));
        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(previous.device())))
                .map(LiveVisitorToken::anonymousId)
                .contains(previous.device());
    }

    @Test
    void movingADeviceThatIsGoneIsAConcurrentUpdate() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        ports.visitors().delete(workspace, started.visitor().id());

        assertThatThrownBy(() -> ports.visitors().moveDevice(workspace, started.device(), newVisitorId()))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void anInsertedVisitorStartsWithoutDevicesUntilOneMovesToIt() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor switched = withExternalId(anonymousVisitor(workspace), "user_2", ClaimTrust.TRUSTED);

        ports.visitors().insert(switched);
        assertThat(ports.visitors().devicesOf(workspace, switched.id())).isEmpty();
        ports.visitors().moveDevice(workspace, started.device(), switched.id());

        assertThat(ports.visitors().findByAnonymousId(workspace, started.device()))
                .contains(switched);
        assertThat(ports.visitors().devicesOf(workspace, started.visitor().id()))
                .isEmpty();
    }

    @Test
    void deletingAVisitorRemovesItsAnonymousIdsAndTheirTokens() {
        WorkspaceId workspace = newWorkspace();
        Started started = started(workspace);
        Visitor visitor = started.visitor();
        AnonymousId device = started.device();

        ports.visitors().delete(workspace, visitor.id());

        assertThat(ports.visitors().findById(workspace, visitor.id())).isEmpty();
        assertThat(ports.visitors().findByAnonymousId(workspace, device)).isEmpty();
        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(device)))
                .map(LiveVisitorToken::anonymousId)
                .isEmpty();
    }

    @Test
    void aMergeMovesEveryDeviceOfTheAbsorbedVisitorWithItsTokenAndDeletesIt() {
        WorkspaceId workspace = newWorkspace();
        Started known = started(workspace);
        Started absorbed = started(workspace);
        AnonymousId second = anotherDeviceOf(workspace, absorbed.visitor().id());

        ports.visitors()
                .mergeInto(workspace, absorbed.visitor().id(), known.visitor().id());

        assertThat(ports.visitors().findById(workspace, absorbed.visitor().id()))
                .isEmpty();
        assertThat(ports.visitors()
                        .anonymousIdsOf(workspace, List.of(known.visitor().id())))
                .containsEntry(known.visitor().id(), List.of(known.device(), absorbed.device(), second));
        assertThat(ports.visitorTokens().findLive(workspace, tokenOf(second)))
                .map(LiveVisitorToken::anonymousId)
                .contains(second);
    }

    @Test
    void theAnonymousIdsOfAnUnknownVisitorOrOfAnotherWorkspaceAreNone() {
        WorkspaceId workspace = newWorkspace();
        Visitor visitor = startedVisitor(workspace);

        assertThat(ports.visitors().anonymousIdsOf(newWorkspace(), List.of(visitor.id())))
                .isEqualTo(Map.of(visitor.id(), List.of()));
        VisitorId unknown = newVisitorId();
        assertThat(ports.visitors().anonymousIdsOf(workspace, List.of(unknown))).isEqualTo(Map.of(unknown, List.of()));
    }

    @Test
    void deletingAVisitorFreesItsTrustedExternalId() {
        WorkspaceId workspace = newWorkspace();
        Visitor first = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED);
        ports.visitors().insert(first);
        ports.visitors().delete(workspace, first.id());
        Visitor second = withExternalId(anonymousVisitor(workspace), "user_1", ClaimTrust.VERIFIED);

        ports.visitors().insert(second);

        assertThat(ports.visitors().findByTrustedExternalId(workspace, ExternalId.of("user_1")))
                .contains(second);
    }

    /** A device started on a visitor of its own and then moved to {@code visitorId}, with its token. */
    private AnonymousId anotherDeviceOf(WorkspaceId workspace, VisitorId visitorId) {
        AnonymousId device = startedDevice(workspace);
        ports.visitors().moveDevice(workspace, device, visitorId);
        return device;
    }
}
