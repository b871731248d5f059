package visitoridentity.application.identify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.session.VisitorSessions.Session;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.IdentityLinking;
import visitoridentity.domain.visitor.Placement;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/**
 * The identify use case; see {@link IdentifyVisitorUseCase}. One transaction, retried from a fresh
 * read on a lost race: resolve the session, judge the claims, place the device, write the claims and
 * the metadata onto the visitor it landed on, save, and append the events of what changed (in the
 * same transaction). An observing workspace's call that REQUIRED would refuse is counted once,
 * whatever the retries. When the device lands on another visitor (a switch or a merge into a known
 * visitor), the token the call came with is replaced by a fresh one in the same transaction: a copy
 * taken before a user switch cannot read the next user's record.
 */
public final class IdentifyVisitor implements IdentifyVisitorUseCase {
    private final VisitorSessions sessions;
    private final SigningKeyRepository signingKeys;
    private final VisitorRepository visitors;
    private final VisitorTokenRepository tokens;
    private final ContactAssociation contacts;
    private final IdentifierGenerator identifiers;
    private final SecretGenerator secrets;
    private final RetryOnConflict retry;
    private final Clock clock;
    private final IdentityEventRepository events;
    private final IdentityEvents eventsOf;
    private final VerificationMetrics metrics;

    public IdentifyVisitor(
            VisitorSessions sessions,
            SigningKeyRepository signingKeys,
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            ContactAssociation contacts,
            IdentifierGenerator identifiers,
            SecretGenerator secrets,
            RetryOnConflict retry,
            Clock clock,
            IdentityEventRepository events,
            VerificationMetrics metrics) {
        this.sessions = sessions;
        this.signingKeys = signingKeys;
        this.visitors = visitors;
        this.tokens = tokens;
        this.contacts = contacts;
        this.identifiers = identifiers;
        this.secrets = secrets;
        this.retry = retry;
        this.clock = clock;
        this.events = events;
        this.eventsOf = new IdentityEvents(identifiers);
        this.metrics = metrics;
    }

    @Override
    public IdentityResult identify(IdentifyVisitorCommand command) {
        AtomicReference<String> wouldRefuse = new AtomicReference<>();
        try {
            return retry.run(() -> identifyOnce(command, wouldRefuse));
        } finally {
            if (wouldRefuse.get() != null) {
                metrics.wouldRefuse(wouldRefuse.get());
            }
        }
    }

    private IdentityResult identifyOnce(IdentifyVisitorCommand command, AtomicReference<String> wouldRefuse) {
        Session session = sessions.resolve(command.credentials());
        Workspace workspace = session.workspace();
        Instant now = clock.instant();
        Judgement judgement = IdentityVerification.verify(
                workspace.verificationMode(),
                command.sentClaims(),
                command.proof(),
                new ProofContext(workspace.id(), keys(workspace), now, session.anonymousId(), workspace.tokenPolicy()));
        if (workspace.verificationMode() == VerificationMode.OBSERVE
                && judgement.refusal().isPresent()) {
            wouldRefuse.set(judgement.failures().get(0).reason());
        }
        if (command.exclusiveVerifiedEmail()) {
            requireEmailNotTaken(workspace, judgement.claims());
        }
        MetadataPolicy metadataPolicy = command.vendorMetadataPolicy()
                .map(vendor -> vendor.within(workspace.metadataPolicy()))
                .orElse(workspace.metadataPolicy());
        List<Warning> warnings = new ArrayList<>();

        Placement placement = judgement
                .claims()
                .externalId()
                .map(claim -> place(session, claim, now, metadataPolicy))
                .orElseGet(() -> Placement.stay(session.visitor()));
        Warnings.droppedOnMerge(placement).ifPresent(warnings::add);
        Optional<String> freshToken = rotateOnMove(session, placement, now);
        Visitor claimed = ClaimUpdates.apply(placement.target(), command, judgement.claims(), warnings);
        MetadataChange metadata = claimed.metadata().apply(command.metadata(), metadataPolicy);
        Warnings.truncated(metadata, metadataPolicy).ifPresent(warnings::add);
        Warnings.unverified(judgement.claims()).ifPresent(warnings::add);

        placement.demoted().ifPresent(visitors::update);
        Visitor saved = save(
                session,
                placement,
                contacts.associate(claimed.withMetadata(metadata.metadata()).seenAt(now)));
        contacts.deleteOrphans(workspace.id(), placement, saved);
        List<AnonymousId> evicted = keepDevicesBounded(session, placement, saved, now);
        Warnings.evicted(evicted, workspace.maxDevicesPerVisitor()).ifPresent(warnings::add);
        events.append(eventsOf.of(new IdentityEvents.Identify(
                workspace.id(),
                workspace.verificationMode(),
                session.anonymousId(),
                session.visitor(),
                judgement,
                placement,
                saved,
                now)));
        return new IdentityResult(
                saved,
                session.anonymousId(),
                saved.externalIdVerified() || judgement.deviceProven(),
                warnings,
                freshToken);
    }

    /**
     * When the device moves to another visitor, revokes the calling token and gives the device a
     * fresh one, first of all writes: of two calls racing with one token, the second finds the token
     * replaced ({@link visitoridentity.application.port.ConcurrentUpdateException}), and its retry
     * from a fresh read is refused as {@code session-revoked}; the device never holds two live tokens.
     */
    private Optional<String> rotateOnMove(Session session, Placement placement, Instant now) {
        if (!placement.movedFrom(session.visitor())) {
            return Optional.empty();
        }
        String fresh = secrets.newVisitorToken();
        tokens.rotate(session.workspace().id(), session.anonymousId(), session.tokenHash(), SecretHash.of(fresh), now);
        return Optional.of(fresh);
    }

    /**
     * Refuses a verified email that a visitor with another trusted external id holds verified, before
     * anything is written.
     */
    private void requireEmailNotTaken(Workspace workspace, SentClaims claims) {
        Optional<Claim<Email>> email = claims.email().filter(Claim::isVerified);
        if (email.isEmpty()) {
            return;
        }
        Optional<ExternalId> claimant = claims.externalId().map(Claim::value);
        boolean taken = contacts.visitorsWithEmail(workspace.id(), email.get().value()).stream()
                .filter(holder -> holder.email().filter(Claim::isVerified).isPresent())
                .flatMap(holder -> holder.trustedExternalId().stream())
                .anyMatch(held -> !claimant.equals(Optional.of(held)));
        if (taken) {
            throw new VerifiedEmailTakenException();
        }
    }

    private Placement place(Session session, Claim<ExternalId> claim, Instant now, MetadataPolicy metadataPolicy) {
        Optional<Visitor> holder = IdentityLinking.needsHolder(session.visitor(), claim)
                ? visitors.findByTrustedExternalId(session.workspace().id(), claim.value())
                : Optional.empty();
        return IdentityLinking.place(session.visitor(), claim, holder, identifiers.newVisitorId(), now, metadataPolicy);
    }

    /**
     * When the device joined another visitor (a switch, a merge, a new visitor), stamps it as seen and
     * evicts that visitor's devices seen longest ago beyond the workspace's bound. A returning device
     * stays where it was, so its visitor's device count cannot have grown, and it is stamped as seen
     * with its token's use, at most once a minute ({@link VisitorSessions}): no statement here.
     */
    private List<AnonymousId> keepDevicesBounded(Session session, Placement placement, Visitor saved, Instant now) {
        if (!placement.movedFrom(session.visitor()) && placement.absorbed().isEmpty()) {
            return List.of();
        }
        Workspace workspace = session.workspace();
        visitors.markSeen(workspace.id(), session.anonymousId(), now);
        return visitors.evictBeyond(
                workspace.id(), saved.id(), session.anonymousId(), workspace.maxDevicesPerVisitor());
    }

    /**
     * Saves the target, then moves the devices: on a merge every device of the absorbed visitor (the
     * calling one among them), on a switch or to a new visitor the calling device alone.
     */
    private Visitor save(Session session, Placement placement, Visitor target) {
        Visitor saved;
        if (placement.isNew()) {
            visitors.insert(target);
            saved = target;
        } else {
            saved = visitors.update(target);
        }
        if (placement.absorbed().isPresent()) {
            visitors.mergeInto(target.workspaceId(), placement.absorbed().get().id(), target.id());
        } else if (placement.movedFrom(session.visitor())) {
            visitors.moveDevice(target.workspaceId(), session.anonymousId(), target.id());
        }
        return saved;
    }

    private SigningKeyRing keys(Workspace workspace) {
        return signingKeys
                .findByWorkspace(workspace.id())
                .orElseThrow(() -> new IllegalStateException("workspace " + workspace.id() + " has no signing keys"));
    }
}
