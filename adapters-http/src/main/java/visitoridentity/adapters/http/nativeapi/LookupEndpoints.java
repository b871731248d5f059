package visitoridentity.adapters.http.nativeapi;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import visitoridentity.adapters.http.json.Timestamps;
import visitoridentity.adapters.http.web.ApiCall;
import visitoridentity.adapters.http.web.IdentityResultJson.ClaimTrustJson;
import visitoridentity.application.erase.EraseVisitorUseCase;
import visitoridentity.application.lookup.ContactView;
import visitoridentity.application.lookup.FindVisitorsQuery;
import visitoridentity.application.lookup.FindVisitorsUseCase;
import visitoridentity.application.lookup.ShowContactUseCase;
import visitoridentity.application.lookup.ShowVisitorUseCase;
import visitoridentity.application.lookup.VisitorPage;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.visitor.Visitor;

/**
 * Visitor and contact look-ups for the agent console, and erasure. The list filters by external id
 * (whatever its trust), email and name prefix (case-insensitive), in pages of {@code limit} (1 to 100, default 20) joined by an
 * opaque {@code cursor}; an empty query parameter is no filter.
 */
final class LookupEndpoints {
    private final FindVisitorsUseCase findVisitors;
    private final ShowVisitorUseCase showVisitor;
    private final EraseVisitorUseCase eraseVisitor;
    private final ShowContactUseCase showContact;

    LookupEndpoints(
            FindVisitorsUseCase findVisitors,
            ShowVisitorUseCase showVisitor,
            EraseVisitorUseCase eraseVisitor,
            ShowContactUseCase showContact) {
        this.findVisitors = findVisitors;
        this.showVisitor = showVisitor;
        this.eraseVisitor = eraseVisitor;
        this.showContact = showContact;
    }

    void find(ApiCall call) {
        FindVisitorsQuery query = new FindVisitorsQuery(
                call.workspaceId(),
                filter(call, "externalId").map(ExternalId::of),
                filter(call, "email").map(Email::of),
                filter(call, "namePrefix"),
                filter(call, "limit").map(LookupEndpoints::limit).orElse(FindVisitorsQuery.DEFAULT_LIMIT),
                filter(call, "cursor"));
        call.respond(200, VisitorPageJson.of(findVisitors.find(query)));
    }

    void show(ApiCall call) {
        VisitorId visitorId = visitorId(call);
        Visitor visitor = showVisitor.show(call.workspaceId(), visitorId);
        List<SeenDevice> devices = showVisitor.devices(call.workspaceId(), visitorId);
        call.respond(
                200,
                new VisitorDetailJson(
                        VisitorJson.of(
                                visitor,
                                devices.stream().map(SeenDevice::anonymousId).toList()),
                        devices.stream().map(DeviceJson::of).toList()));
    }

    void erase(ApiCall call) {
        eraseVisitor.erase(call.workspaceId(), visitorId(call));
        call.respondNoContent();
    }

    void showContact(ApiCall call) {
        ContactId contactId = call.pathId("contactId", "contact", ContactId::of);
        call.respond(200, ContactJson.of(showContact.show(call.workspaceId(), contactId)));
    }

    private static VisitorId visitorId(ApiCall call) {
        return call.pathId("visitorId", "visitor", VisitorId::of);
    }

    private static Optional<String> filter(ApiCall call, String name) {
        return call.queryParam(name).filter(value -> !value.isEmpty());
    }

    private static int limit(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("limit", "must be a whole number between 1 and 100");
        }
    }

    /** A visitor as the agent console sees it: every claim as stored, with its trust. */
    record VisitorJson(
            String id,
            List<String> anonymousIds,
            String externalId,
            String email,
            String name,
            String phone,
            String avatarUrl,
            String tag,
            JsonObject metadata,
            ClaimTrustJson claimTrust,
            ProvenanceJson provenance,
            String contactId,
            String createdAt,
            String updatedAt,
            String lastSeenAt) {
        static VisitorJson of(Visitor visitor, List<AnonymousId> anonymousIds) {
            return new VisitorJson(
                    visitor.id().value(),
                    anonymousIds.stream().map(AnonymousId::value).toList(),
                    visitor.externalId().map(Claim::text).orElse(null),
                    visitor.email().map(Claim::text).orElse(null),
                    visitor.profile().name().map(DisplayName::value).orElse(null),
                    visitor.phone().map(Claim::text).orElse(null),
                    visitor.profile().avatarUrl().map(AvatarUrl::value).orElse(null),
                    visitor.profile().tag().map(Tag::value).orElse(null),
                    visitor.metadata().object(),
                    ClaimTrustJson.of(visitor),
                    ProvenanceJson.of(visitor),
                    visitor.contactId().map(ContactId::value).orElse(null),
                    Timestamps.format(visitor.createdAt()),
                    Timestamps.format(visitor.updatedAt()),
                    Timestamps.format(visitor.lastSeenAt()));
        }
    }

    /** How each verified claim was proven; {@code null} for a claim that is absent or not verified. */
    record ProvenanceJson(ProofJson externalId, ProofJson email, ProofJson phone) {
        static ProvenanceJson of(Visitor visitor) {
            return new ProvenanceJson(
                    ProofJson.of(visitor.externalId()), ProofJson.of(visitor.email()), ProofJson.of(visitor.phone()));
        }
    }

    /** The signature scheme, the key that verified the claim ({@code null} when it has no id) and when. */
    record ProofJson(String scheme, String kid, String provenAt) {
        static ProofJson of(Optional<? extends Claim<?>> claim) {
            return claim.filter(Claim::isVerified)
                    .flatMap(Claim::provenance)
                    .map(proof -> new ProofJson(
                            proof.scheme(), proof.keyId().orElse(null), Timestamps.format(proof.provenAt())))
                    .orElse(null);
        }
    }

    /** One visitor as its own page shows it: the list's item, and its devices with when each was last seen. */
    record VisitorDetailJson(@JsonUnwrapped VisitorJson visitor, List<DeviceJson> devices) {}

    record DeviceJson(String anonymousId, String lastSeenAt) {
        static DeviceJson of(SeenDevice device) {
            return new DeviceJson(device.anonymousId().value(), Timestamps.format(device.lastSeenAt()));
        }
    }

    /** One page; {@code nextCursor} is {@code null} on the last. */
    record VisitorPageJson(List<VisitorJson> visitors, String nextCursor) {
        static VisitorPageJson of(VisitorPage page) {
            return new VisitorPageJson(
                    page.visitors().stream()
                            .map(visitor -> VisitorJson.of(visitor, page.anonymousIdsOf(visitor.id())))
                            .toList(),
                    page.nextCursor().orElse(null));
        }
    }

    record ContactJson(String id, String email, String createdAt, List<String> visitorIds) {
        static ContactJson of(ContactView view) {
            return new ContactJson(
                    view.contact().id().value(),
                    view.contact().email().value(),
                    Timestamps.format(view.contact().createdAt()),
                    view.visitorIds().stream().map(VisitorId::value).toList());
        }
    }
}
