package visitoridentity.application.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ClaimValue;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNull;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.VerificationFailure;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Placement;
import visitoridentity.domain.visitor.Visitor;

/**
 * The events an identity change makes, derived from what the use cases already decided (the
 * verification's {@link Judgement}, the linking's {@link Placement}, the visitor as saved). Only real
 * changes make events: an identify that leaves every claim, its trust and the device's visitor as
 * they were makes none, apart from the verification failures the workspace's mode records.
 *
 * <p>What the data holds: ids (visitor, anonymous id), claim names, trust levels, failure reasons,
 * and a claim's value only when it is trusted and the type is about it; never a signature, a token,
 * a secret, or an unverified value.
 */
public final class IdentityEvents {
    private final IdentifierGenerator identifiers;

    public IdentityEvents(IdentifierGenerator identifiers) {
        this.identifiers = identifiers;
    }

    /** What one identify call did, as the identify use case saw it. */
    public record Identify(
            WorkspaceId workspaceId,
            VerificationMode mode,
            AnonymousId device,
            Visitor before,
            Judgement judgement,
            Placement placement,
            Visitor saved,
            Instant at) {
        public Identify {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(judgement, "judgement");
            Objects.requireNonNull(placement, "placement");
            Objects.requireNonNull(saved, "saved");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The events of one identify, in this order: verification failures, a demotion, the merge or the
     * switch, the identification, the claims newly verified.
     */
    public List<IdentityEvent> of(Identify call) {
        List<IdentityEvent> events = new ArrayList<>();
        Builder make = new Builder(call.workspaceId(), call.at());
        VisitorId savedId = call.saved().id();
        for (VerificationFailure failure : recordedFailures(call.mode(), call.judgement())) {
            events.add(make.event(
                    EventType.VERIFICATION_FAILED,
                    savedId,
                    data("claim", failure.claim(), "reason", failure.reason(), "mode", lower(call.mode()))));
        }
        call.placement()
                .demoted()
                .ifPresent(holder -> events.add(make.event(
                        EventType.CLAIM_DEMOTED,
                        holder.id(),
                        data("claim", "externalId", "trust", "unverified", "claimantVisitorId", savedId.value()))));
        Placement placement = call.placement();
        if (placement.absorbed().isPresent()) {
            events.add(make.event(
                    EventType.VISITOR_MERGED,
                    savedId,
                    data(
                            "absorbedVisitorId",
                            placement.absorbed().get().id().value(),
                            "keptVisitorId",
                            savedId.value())));
        } else if (placement.movedFrom(call.before())) {
            events.add(make.event(
                    EventType.DEVICE_SWITCHED,
                    savedId,
                    data(
                            "anonymousId",
                            call.device().value(),
                            "fromVisitorId",
                            call.before().id().value(),
                            "toVisitorId",
                            savedId.value())));
        }
        // The saved record as it was before this call: the device's own visitor when it stayed, the
        // holder it joined (as stored) when it moved, nothing when it moved to a new visitor.
        Optional<Visitor> prior = placement.isNew()
                ? Optional.empty()
                : Optional.of(placement.movedFrom(call.before()) ? placement.target() : call.before());
        if (placement.movedFrom(call.before()) || !sameIdentity(call.before(), call.saved())) {
            events.add(make.event(EventType.VISITOR_IDENTIFIED, savedId, identified(call)));
        }
        newlyVerified(
                        "externalId",
                        prior.flatMap(Visitor::externalId),
                        call.saved().externalId())
                .ifPresent(claim -> events.add(make.event(
                        EventType.CLAIM_VERIFIED, savedId, data("claim", "externalId", "externalId", claim))));
        newlyVerified("email", prior.flatMap(Visitor::email), call.saved().email())
                .ifPresent(claim -> events.add(make.event(EventType.CLAIM_VERIFIED, savedId, data("claim", "email"))));
        newlyVerified("phone", prior.flatMap(Visitor::phone), call.saved().phone())
                .ifPresent(claim -> events.add(make.event(EventType.CLAIM_VERIFIED, savedId, data("claim", "phone"))));
        return events;
    }

    /** A visitor was erased: the fact stays, with no personal data. */
    public IdentityEvent erased(WorkspaceId workspaceId, VisitorId visitorId, Instant at) {
        return new Builder(workspaceId, at).event(EventType.VISITOR_ERASED, visitorId, JsonObject.EMPTY);
    }

    /** The workspace's signing key was rotated; {@code stillVerifying} older keys verify during their grace. */
    public IdentityEvent signingKeyRotated(WorkspaceId workspaceId, long graceSeconds, int stillVerifying, Instant at) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("graceSeconds", JsonNumber.of(graceSeconds));
        members.put("previousKeys", JsonNumber.of(stillVerifying));
        return new Builder(workspaceId, at).event(EventType.SIGNING_KEY_ROTATED, null, new JsonObject(members));
    }

    /** A webhook endpoint failed for too long and was disabled. */
    public IdentityEvent webhookDisabled(WorkspaceId workspaceId, String webhookId, String failingSince, Instant at) {
        return new Builder(workspaceId, at)
                .event(EventType.WEBHOOK_DISABLED, null, data("webhookId", webhookId, "failingSince", failingSince));
    }

    /**
     * The failures worth an event: in OBSERVE every failure of a call REQUIRED would refuse (that is
     * the mode's purpose); in OPTIONAL the proofs that were sent and did not hold (a claim simply sent
     * unsigned is what OPTIONAL allows, and no event).
     */
    static List<VerificationFailure> recordedFailures(VerificationMode mode, Judgement judgement) {
        return switch (mode) {
            case OBSERVE -> judgement.refusal().isPresent() ? judgement.failures() : List.of();
            case OPTIONAL ->
                judgement.failures().stream()
                        .filter(failure -> !failure.reason().equals("missing"))
                        .toList();
            case DISABLED, REQUIRED -> List.of();
        };
    }

    private static JsonObject identified(Identify call) {
        Visitor saved = call.saved();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("anonymousId", new JsonString(call.device().value()));
        members.put("externalId", trustedText(saved.externalId()));
        members.put("email", trustedText(saved.email()));
        Map<String, JsonValue> trust = new LinkedHashMap<>();
        trust.put("externalId", trustOf(saved.externalId()));
        trust.put("email", trustOf(saved.email()));
        trust.put("phone", trustOf(saved.phone()));
        members.put("trust", new JsonObject(trust));
        members.put("new", new JsonBoolean(call.placement().isNew()));
        return new JsonObject(members);
    }

    private static boolean sameIdentity(Visitor before, Visitor after) {
        return before.id().equals(after.id())
                && sameClaim(before.externalId(), after.externalId())
                && sameClaim(before.email(), after.email())
                && sameClaim(before.phone(), after.phone());
    }

    private static <T extends ClaimValue> boolean sameClaim(Optional<Claim<T>> before, Optional<Claim<T>> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() && after.isEmpty();
        }
        return before.get().text().equals(after.get().text())
                && before.get().trust() == after.get().trust();
    }

    /** The claim's text when it is verified now and was not verified with that value before. */
    private static <T extends ClaimValue> Optional<String> newlyVerified(
            String name, Optional<Claim<T>> before, Optional<Claim<T>> after) {
        if (after.isEmpty() || !after.get().isVerified()) {
            return Optional.empty();
        }
        boolean already = before.isPresent()
                && before.get().isVerified()
                && before.get().text().equals(after.get().text());
        return already ? Optional.empty() : Optional.of(after.get().text());
    }

    private static <T extends ClaimValue> JsonValue trustedText(Optional<Claim<T>> claim) {
        return claim.filter(Claim::isTrusted)
                .<JsonValue>map(trusted -> new JsonString(trusted.text()))
                .orElse(JsonNull.INSTANCE);
    }

    private static <T extends ClaimValue> JsonValue trustOf(Optional<Claim<T>> claim) {
        return claim.<JsonValue>map(held -> new JsonString(lower(held.trust()))).orElse(JsonNull.INSTANCE);
    }

    private static JsonObject data(String... namesAndValues) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], new JsonString(namesAndValues[i + 1]));
        }
        return new JsonObject(members);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private final class Builder {
        private final WorkspaceId workspaceId;
        private final Instant at;

        Builder(WorkspaceId workspaceId, Instant at) {
            this.workspaceId = workspaceId;
            this.at = at;
        }

        IdentityEvent event(EventType type, VisitorId visitorId, JsonObject data) {
            return new IdentityEvent(
                    identifiers.newEventId(), type, workspaceId, Optional.ofNullable(visitorId), at, data);
        }
    }
}
