package visitoridentity.application.identify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.session.VisitorSessions.Session;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.Judgement;
import visitoridentity.domain.verification.ProofContext;
import visitoridentity.domain.visitor.IdentityLinking;
import visitoridentity.domain.visitor.Placement;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/**
 * The identify use case; see {@link IdentifyVisitorUseCase}. One transaction, retried from a fresh
 * read on a lost race: resolve the session, judge the claims, place the device, write the claims and
 * the metadata onto the visitor it landed on, save. When the device lands on another visitor (a
 * switch or a merge into a known visitor), the token the call came with is replaced by a fresh one
 * in the same transaction: a copy taken before a user switch cannot read the next user's record.
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

    public IdentifyVisitor(
            VisitorSessions sessions,
            SigningKeyRepository signingKeys,
            VisitorRepository visitors,
            VisitorTokenRepository tokens,
            ContactAssociation contacts,
            IdentifierGenerator identifiers,
            SecretGenerator secrets,
            RetryOnConflict retry,
            Clock clock) {
        this.sessions = sessions;
        this.signingKeys = signingKeys;
        this.visitors = visitors;
        this.tokens = tokens;
        this.contacts = contacts;
        this.identifiers = identifiers;
        this.secrets = secrets;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public IdentityResult identify(IdentifyVisitorCommand command) {
        return retry.run(() -> identifyOnce(command));
    }

    private IdentityResult identifyOnce(IdentifyVisitorCommand command) {
        Session session = sessions.resolve(command.credentials());
        Workspace workspace = session.workspace();
        Instant now = clock.instant();
        Judgement judgement = IdentityVerification.verify(
                workspace.verificationMode(),
                command.sentClaims(),
                command.proof(),
                new ProofContext(workspace.id(), keys(workspace), now, session.anonymousId()));
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
                placement,
                contacts.associate(claimed.withMetadata(metadata.metadata()).seenAt(now)));
        contacts.deleteOrphans(workspace.id(), placement, saved);
        List<AnonymousId> evicted = keepDevicesBounded(session, placement, saved, now);
        Warnings.evicted(evicted, workspace.maxDevicesPerVisitor()).ifPresent(warnings::add);
        for (AnonymousId device : evicted) {
            saved = saved.withoutAnonymousId(device);
        }
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

    private Placement place(Session session, Claim<ExternalId> claim, Instant now, MetadataPolicy metadataPolicy) {
        Optional<Visitor> holder = IdentityLinking.needsHolder(session.visitor(), claim)
                ? visitors.findByTrustedExternalId(session.workspace().id(), claim.value())
                : Optional.empty();
        return IdentityLinking.place(
                session.visitor(),
                session.anonymousId(),
                claim,
                holder,
                identifiers.newVisitorId(),
                now,
                metadataPolicy);
    }

    /**
     * Stamps the device as seen; when it joined another visitor (a switch, a merge, a new visitor),
     * evicts that visitor's devices seen longest ago beyond the workspace's bound. A returning
     * device stays where it was, so its visitor's device count cannot have grown: no device is read.
     */
    private List<AnonymousId> keepDevicesBounded(Session session, Placement placement, Visitor saved, Instant now) {
        Workspace workspace = session.workspace();
        visitors.markSeen(workspace.id(), session.anonymousId(), now);
        if (!placement.movedFrom(session.visitor()) && placement.absorbed().isEmpty()) {
            return List.of();
        }
        return visitors.evictBeyond(
                workspace.id(), saved.id(), session.anonymousId(), workspace.maxDevicesPerVisitor());
    }

    private Visitor save(Placement placement, Visitor target) {
        Visitor saved;
        if (placement.isNew()) {
            visitors.insert(target);
            saved = target;
        } else {
            saved = visitors.update(target);
        }
        placement.absorbed().ifPresent(absorbed -> visitors.delete(absorbed.workspaceId(), absorbed.id()));
        return saved;
    }

    private SigningKeyRing keys(Workspace workspace) {
        return signingKeys
                .findByWorkspace(workspace.id())
                .orElseThrow(() -> new IllegalStateException("workspace " + workspace.id() + " has no signing keys"));
    }
}
