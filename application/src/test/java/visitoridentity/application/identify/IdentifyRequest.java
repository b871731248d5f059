package visitoridentity.application.identify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import visitoridentity.application.session.VisitorCredentials;
import visitoridentity.domain.claim.AvatarUrl;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.claim.Tag;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.metadata.MetadataMode;
import visitoridentity.domain.metadata.MetadataPatch;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.PerClaimSignatures;
import visitoridentity.domain.verification.Proof;
import visitoridentity.domain.visitor.FieldPatch;
import visitoridentity.domain.visitor.ProfilePatch;

/** Builds identify commands in tests: everything omitted unless set. */
public final class IdentifyRequest {
    private final VisitorCredentials credentials;
    private Optional<Claim<ExternalId>> externalId = Optional.empty();
    private FieldPatch<Claim<Email>> email = FieldPatch.keep();
    private FieldPatch<Claim<Phone>> phone = FieldPatch.keep();
    private FieldPatch<DisplayName> name = FieldPatch.keep();
    private FieldPatch<AvatarUrl> avatarUrl = FieldPatch.keep();
    private FieldPatch<Tag> tag = FieldPatch.keep();
    private final Map<String, JsonValue> metadata = new LinkedHashMap<>();
    private MetadataMode mode = MetadataMode.MERGE;
    private Optional<String> externalIdSignature = Optional.empty();
    private Optional<String> emailSignature = Optional.empty();
    private Optional<String> phoneSignature = Optional.empty();
    private Optional<Proof> evidence = Optional.empty();
    private Optional<MetadataPolicy> policy = Optional.empty();
    private Consumer<IdentityResult> answered = result -> {};

    private IdentifyRequest(VisitorCredentials credentials) {
        this.credentials = credentials;
    }

    public static IdentifyRequest as(VisitorCredentials credentials) {
        return new IdentifyRequest(credentials);
    }

    /** What the sender does with the answer (a device keeps a rotated token). */
    public IdentifyRequest answeredTo(Consumer<IdentityResult> receiver) {
        this.answered = receiver;
        return this;
    }

    public void answered(IdentityResult result) {
        answered.accept(result);
    }

    public IdentifyRequest externalId(String raw) {
        externalId = Optional.of(Claim.externalId(raw));
        return this;
    }

    public IdentifyRequest externalId(String raw, String signature) {
        externalIdSignature = Optional.of(signature);
        return externalId(raw);
    }

    public IdentifyRequest email(String raw) {
        email = FieldPatch.set(Claim.email(raw));
        return this;
    }

    public IdentifyRequest email(String raw, String signature) {
        emailSignature = Optional.of(signature);
        return email(raw);
    }

    public IdentifyRequest clearEmail() {
        email = FieldPatch.clear();
        return this;
    }

    public IdentifyRequest phone(String raw) {
        phone = FieldPatch.set(Claim.phone(raw));
        return this;
    }

    public IdentifyRequest phone(String raw, String signature) {
        phoneSignature = Optional.of(signature);
        return phone(raw);
    }

    public IdentifyRequest name(String raw) {
        name = FieldPatch.set(DisplayName.of(raw));
        return this;
    }

    public IdentifyRequest clearName() {
        name = FieldPatch.clear();
        return this;
    }

    public IdentifyRequest avatarUrl(String raw) {
        avatarUrl = FieldPatch.set(AvatarUrl.of(raw));
        return this;
    }

    public IdentifyRequest tag(String raw) {
        tag = FieldPatch.set(Tag.of(raw));
        return this;
    }

    public IdentifyRequest metadata(String key, JsonValue value) {
        metadata.put(key, value);
        return this;
    }

    public IdentifyRequest replaceMetadata() {
        mode = MetadataMode.REPLACE;
        return this;
    }

    public IdentifyRequest evidence(Proof signatures) {
        evidence = Optional.of(signatures);
        return this;
    }

    public IdentifyRequest metadataPolicy(MetadataPolicy dialectPolicy) {
        policy = Optional.of(dialectPolicy);
        return this;
    }

    public IdentifyVisitorCommand command() {
        IdentifyVisitorCommand.Builder builder = IdentifyVisitorCommand.builder(credentials)
                .externalId(externalId)
                .email(email)
                .phone(phone)
                .profile(new ProfilePatch(name, avatarUrl, tag))
                .metadata(new MetadataPatch(new JsonObject(metadata), mode))
                .proof(evidence.orElseGet(
                        () -> new PerClaimSignatures(externalIdSignature, emailSignature, phoneSignature)));
        policy.ifPresent(builder::vendorMetadataPolicy);
        return builder.build();
    }
}
