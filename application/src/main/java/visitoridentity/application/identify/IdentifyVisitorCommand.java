package visitoridentity.application.identify;

import java.util.Objects;
import java.util.Optional;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.Proof;
import visitoridentity.domain.verification.SentClaims;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/**
 * One identify call, built with {@link #builder}. The external id is claimed or not (identify never
 * clears it); email and phone are kept, cleared or set like the profile fields. {@code proof} is what
 * the call brings to prove its claims, in its dialect's scheme. {@code vendorMetadataPolicy} is a
 * dialect's own limit, applied together with the workspace's (the stricter wins).
 * {@code exclusiveVerifiedEmail} makes a verified email that a visitor of another external id already
 * holds verified refuse the call ({@link VerifiedEmailTakenException}), for a vendor that refuses it
 * (Zendesk).
 */
public record IdentifyVisitorCommand(
        VisitorCredentials credentials,
        Optional<Claim<ExternalId>> externalId,
        FieldPatch<Claim<Email>> email,
        FieldPatch<Claim<Phone>> phone,
        ProfilePatch profile,
        MetadataPatch metadata,
        Proof proof,
        Optional<MetadataPolicy> vendorMetadataPolicy,
        boolean exclusiveVerifiedEmail) {
    public IdentifyVisitorCommand {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(vendorMetadataPolicy, "vendorMetadataPolicy");
    }

    /** A call that claims and changes nothing, with no proof, until the builder says otherwise. */
    public static Builder builder(VisitorCredentials credentials) {
        return new Builder(credentials);
    }

    /** The claims this call sets, for verification. */
    public SentClaims sentClaims() {
        return new SentClaims(externalId, setValue(email), setValue(phone));
    }

    private static <T> Optional<T> setValue(FieldPatch<T> patch) {
        return patch instanceof FieldPatch.Set<T> set ? Optional.of(set.value()) : Optional.empty();
    }

    /** Builds an {@link IdentifyVisitorCommand}; every part not given is "keep" or "none". */
    public static final class Builder {
        private final VisitorCredentials credentials;
        private Optional<Claim<ExternalId>> externalId = Optional.empty();
        private FieldPatch<Claim<Email>> email = FieldPatch.keep();
        private FieldPatch<Claim<Phone>> phone = FieldPatch.keep();
        private ProfilePatch profile = ProfilePatch.NONE;
        private MetadataPatch metadata = MetadataPatch.NONE;
        private Proof proof = Proof.NONE;
        private Optional<MetadataPolicy> vendorMetadataPolicy = Optional.empty();
        private boolean exclusiveVerifiedEmail;

        private Builder(VisitorCredentials credentials) {
            this.credentials = credentials;
        }

        public Builder externalId(String asSent) {
            return externalId(Optional.of(Claim.externalId(asSent)));
        }

        public Builder externalId(Optional<Claim<ExternalId>> claim) {
            this.externalId = claim;
            return this;
        }

        public Builder email(String asSent) {
            return email(FieldPatch.set(Claim.email(asSent)));
        }

        public Builder email(FieldPatch<Claim<Email>> patch) {
            this.email = patch;
            return this;
        }

        public Builder phone(String asSent) {
            return phone(FieldPatch.set(Claim.phone(asSent)));
        }

        public Builder phone(FieldPatch<Claim<Phone>> patch) {
            this.phone = patch;
            return this;
        }

        public Builder profile(ProfilePatch patch) {
            this.profile = patch;
            return this;
        }

        public Builder metadata(MetadataPatch patch) {
            this.metadata = patch;
            return this;
        }

        public Builder proof(Proof proof) {
            this.proof = proof;
            return this;
        }

        public Builder vendorMetadataPolicy(MetadataPolicy policy) {
            this.vendorMetadataPolicy = Optional.of(policy);
            return this;
        }

        /** A verified email held verified by a visitor of another external id refuses the call. */
        public Builder exclusiveVerifiedEmail() {
            this.exclusiveVerifiedEmail = true;
            return this;
        }

        public IdentifyVisitorCommand build() {
            return new IdentifyVisitorCommand(
                    credentials,
                    externalId,
                    email,
                    phone,
                    profile,
                    metadata,
                    proof,
                    vendorMetadataPolicy,
                    exclusiveVerifiedEmail);
        }
    }
}
