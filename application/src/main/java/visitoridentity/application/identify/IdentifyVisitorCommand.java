package visitoridentity.application.identify;

import java.util.Optional;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.SignatureEvidence;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * One identify call. The external id is claimed or not (identify never clears it); email and phone
 * are kept, cleared or set like the profile fields. {@code metadataPolicy} replaces the workspace's
 * when a dialect brings its own limit. {@code ignoredData} is a warning a dialect wants reported.
 */
public record IdentifyVisitorCommand(
        VisitorCredentials credentials,
        Optional<SentClaim<ExternalId>> externalId,
        FieldPatch<SentClaim<Email>> email,
        FieldPatch<SentClaim<Phone>> phone,
        ProfilePatch profile,
        MetadataPatch metadata,
        SignatureEvidence evidence,
        Optional<MetadataPolicy> metadataPolicy,
        Optional<Warning> dialectWarning) {}
