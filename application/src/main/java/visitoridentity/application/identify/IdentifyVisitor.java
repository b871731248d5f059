package visitoridentity.application.identify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import visitoridentity.application.contact.ContactAssociation;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.session.VisitorSessions;
import visitoridentity.application.session.VisitorSessions.Session;
import visitoridentity.application.transaction.RetryOnConflict;
import visitoridentity.domain.claim.ClaimTrust;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.metadata.MetadataChange;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.verification.IdentityVerification;
import visitoridentity.domain.verification.VerificationPolicy;
import visitoridentity.domain.verification.VerifiedClaims;
import visitoridentity.domain.visitor.Claimed;
import visitoridentity.domain.visitor.IdentityLinking;
import visitoridentity.domain.visitor.Placement;
import visitoridentity.domain.visitor.Visitor;
import visitoridentity.domain.workspace.Workspace;

/** The identify use case; see {@link IdentifyVisitorUseCase}. One transaction, retried from a fresh read on a lost race. */
public final class IdentifyVisitor implements IdentifyVisitorUseCase {
    private final VisitorSessions sessions;
    private final SigningKeyRepository signingKeys;
    private final VisitorRepository visitors;
    private final ContactAssociation contacts;
    private final IdentifierGenerator identifiers;
    private final RetryOnConflict retry;
    private final Clock clock;

    public IdentifyVisitor(
            VisitorSessions sessions,
            SigningKeyRepository signingKeys,
            VisitorRepository visitors,
            ContactAssociation contacts,
            IdentifierGenerator identifiers,
            RetryOnConflict retry,
            Clock clock) {
        this.sessions = sessions;
        this.signingKeys = signingKeys;
        this.visitors = visitors;
        this.contacts = contacts;
        this.identifiers = identifiers;
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
        VerifiedClaims verified = IdentityVerification.verify(
                verificationPolicy(workspace),
                now,
                session.anonymousId(),
                ClaimsOfCommand.asSent(command),
                command.evidence());
        MetadataPolicy metadataPolicy = command.metadataPolicy().orElse(workspace.metadataPolicy());
        List<Warning> warnings = new ArrayList<>();

        Placement placement = place(session, command, verified, now, metadataPolicy);
        placement.absorbed().ifPresent(absorbed -> warnDroppedOnMerge(placement, warnings));
        Visitor claimed = ClaimsOfCommand.applyTo(placement.target(), command, verified);
        MetadataChange metadata = claimed.metadata().apply(command.metadata(), metadataPolicy);
        if (!metadata.droppedKeys().isEmpty()) {
            warnings.add(new Warning(
                    Warning.METADATA_TRUNCATED,
                    "metadata keys that would cross the limit of " + metadataPolicy.max() + " were dropped",
                    metadata.droppedKeys()));
        }
        ClaimsOfCommand.unverifiedClaims(verified).ifPresent(warnings::add);
        command.dialectWarning().ifPresent(warnings::add);

        Visitor saved = save(
                placement,
                contacts.associate(claimed.withMetadata(metadata.metadata()).seenAt(now)));
        contacts.deleteOrphans(workspace.id(), placement, saved);
        return new IdentityResult(
                saved, session.anonymousId(), saved.externalIdVerified() || verified.anonymousIdVerified(), warnings);
    }

    private Placement place(
            Session session,
            IdentifyVisitorCommand command,
            VerifiedClaims verified,
            Instant now,
            MetadataPolicy metadataPolicy) {
        if (command.externalId().isEmpty()) {
            return Placement.stay(session.visitor());
        }
        ExternalId externalId = command.externalId().get().normalized();
        ClaimTrust trust = verified.externalId().orElseThrow();
        // A visitor already known by this external id stays itself whoever else could hold it (the
        // trusted id is unique), so the returning visitor's identify, the common call, looks nobody up.
        boolean alreadyKnown = session.visitor().trustedExternalId().equals(Optional.of(externalId));
        Optional<Visitor> holder = trust.isTrusted() && !alreadyKnown
                ? visitors.findByTrustedExternalId(session.workspace().id(), externalId)
                : Optional.empty();
        return IdentityLinking.place(
                session.visitor(),
                session.anonymousId(),
                new Claimed<>(externalId, trust),
                holder,
                identifiers.newVisitorId(),
                now,
                metadataPolicy);
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

    private static void warnDroppedOnMerge(Placement placement, List<Warning> warnings) {
        if (!placement.droppedOnMerge().isEmpty()) {
            warnings.add(new Warning(
                    Warning.METADATA_DROPPED_ON_MERGE,
                    "metadata keys of the anonymous visitor that did not fit the known visitor were dropped",
                    placement.droppedOnMerge()));
        }
    }

    private VerificationPolicy verificationPolicy(Workspace workspace) {
        SigningKeyRing keys = signingKeys
                .findByWorkspace(workspace.id())
                .orElseThrow(() -> new IllegalStateException("workspace " + workspace.id() + " has no signing keys"));
        return new VerificationPolicy(workspace.verificationMode(), keys);
    }
}
