package visitoridentity.application.sign;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SigningKeyRepository;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.application.port.WorkspaceRepository;
import visitoridentity.domain.claim.DisplayName;
import visitoridentity.domain.claim.Email;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.claim.Phone;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonBoolean;
import visitoridentity.domain.json.JsonNumber;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.signature.AnonymousIdValue;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SignedPayload;
import visitoridentity.domain.signature.SigningKey;
import visitoridentity.domain.verification.TokenPolicy;

/**
 * See {@link SignIdentityUseCase}: each claim is signed in its normal form (the only form that
 * verifies), with the active key. With the workspace's stored keys an anonymous id is signed only
 * when it is one of the workspace's, so the server's key is no oracle for arbitrary strings; with a
 * secret the caller holds ({@link #withOwnSecret}) it signs what it is given.
 *
 * <p>An identity token is an HS256 JWS with the claims {@code sub}, {@code aud} (the workspace id),
 * {@code iat}, {@code exp}, {@code jti} (so it works once), and as given {@code email} with
 * {@code email_verified: true}, {@code phone_number}, {@code name} and {@code nonce} (the anonymous
 * id). A workspace that takes only public-key tokens is refused both: HMACs prove nothing there.
 */
public final class SignIdentity implements SignIdentityUseCase {
    static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(10);
    private static final int MIN_HS256_KEY_BYTES = 32;

    private final SigningKeyRepository signingKeys;
    private final Optional<VisitorRepository> knownDevices;
    private final Optional<WorkspaceRepository> workspaces;
    private final IdentifierGenerator identifiers;
    private final Clock clock;

    public SignIdentity(
            SigningKeyRepository signingKeys,
            VisitorRepository visitors,
            WorkspaceRepository workspaces,
            IdentifierGenerator identifiers,
            Clock clock) {
        this(signingKeys, Optional.of(visitors), Optional.of(workspaces), identifiers, clock);
    }

    private SignIdentity(
            SigningKeyRepository signingKeys,
            Optional<VisitorRepository> knownDevices,
            Optional<WorkspaceRepository> workspaces,
            IdentifierGenerator identifiers,
            Clock clock) {
        this.signingKeys = signingKeys;
        this.knownDevices = knownDevices;
        this.workspaces = workspaces;
        this.identifiers = identifiers;
        this.clock = clock;
    }

    /**
     * Signs with keys the caller holds itself (the CLI's {@code --secret}): nothing to look up; a
     * token gets the default lifetime bound and the command's workspace id as its audience.
     */
    public static SignIdentity withOwnSecret(
            SigningKeyRepository callersKeys, IdentifierGenerator identifiers, Clock clock) {
        return new SignIdentity(callersKeys, Optional.empty(), Optional.empty(), identifiers, clock);
    }

    @Override
    public IdentitySignatures sign(SignIdentityCommand command) {
        tokenPolicy(command.workspaceId());
        SigningKey key = activeKey(command.workspaceId());
        Optional<AnonymousId> anonymousId = command.anonymousId().map(AnonymousId::of);
        anonymousId.ifPresent(id -> requireExisting(command.workspaceId(), id));
        return new IdentitySignatures(
                signed(
                        key,
                        command.externalId()
                                .map(raw -> PlainValue.of(ExternalId.of(raw).value()))),
                signed(
                        key,
                        command.email().map(raw -> PlainValue.of(Email.of(raw).value()))),
                signed(
                        key,
                        command.phone().map(raw -> PlainValue.of(Phone.of(raw).value()))),
                signed(key, anonymousId.map(AnonymousIdValue::new)));
    }

    @Override
    public MintedIdentityToken mint(MintIdentityTokenCommand command) {
        TokenPolicy policy = tokenPolicy(command.workspaceId());
        Duration ttl = command.ttl().orElse(min(DEFAULT_TOKEN_TTL, policy.maxTokenLifetime()));
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(policy.maxTokenLifetime()) > 0) {
            throw new InvalidFieldException(
                    "ttlSeconds",
                    "must be between 1 and " + policy.maxTokenLifetime().toSeconds()
                            + " (the workspace's maxTokenLifetime)");
        }
        SigningKey key = activeKey(command.workspaceId());
        if (key.secret().value().getBytes(StandardCharsets.UTF_8).length < MIN_HS256_KEY_BYTES) {
            throw new InvalidFieldException(
                    "signingKey",
                    "the active signing key is shorter than 256 bits, too short for HS256 tokens: rotate it"
                            + " (POST .../signing-keys) to a generated secret first");
        }
        Optional<AnonymousId> anonymousId = command.anonymousId().map(AnonymousId::of);
        anonymousId.ifPresent(id -> requireExisting(command.workspaceId(), id));
        Instant now = clock.instant();
        long issuedAt = now.getEpochSecond();
        Instant expiresAt = Instant.ofEpochSecond(issuedAt).plus(ttl);
        Map<String, JsonValue> claims = new LinkedHashMap<>();
        claims.put("sub", new JsonString(ExternalId.of(command.externalId()).value()));
        claims.put("aud", new JsonString(command.workspaceId().value()));
        claims.put("iat", JsonNumber.of(issuedAt));
        claims.put("exp", JsonNumber.of(expiresAt.getEpochSecond()));
        claims.put("jti", new JsonString(identifiers.newTokenId()));
        command.email().ifPresent(email -> {
            claims.put("email", new JsonString(Email.of(email).value()));
            claims.put("email_verified", new JsonBoolean(true));
        });
        command.phone()
                .ifPresent(phone -> claims.put(
                        "phone_number", new JsonString(Phone.of(phone).value())));
        command.name()
                .ifPresent(name ->
                        claims.put("name", new JsonString(DisplayName.of(name).value())));
        anonymousId.ifPresent(id -> claims.put("nonce", new JsonString(id.value())));
        return new MintedIdentityToken(CompactJws.hs256(key, claims), expiresAt);
    }

    /** The workspace's token policy (the default with a caller's own secret); refused when only public keys count. */
    private TokenPolicy tokenPolicy(WorkspaceId workspaceId) {
        TokenPolicy policy = workspaces
                .map(all -> all.findById(workspaceId)
                        .orElseThrow(() -> new NotFoundException("workspace", workspaceId.value()))
                        .tokenPolicy())
                .orElse(TokenPolicy.DEFAULT);
        if (policy.publicKeysOnly()) {
            throw new InvalidFieldException(
                    "publicKeysOnly",
                    "this workspace takes only identity tokens signed with its registered public keys: mint"
                            + " them on your backend with its private key (or turn publicKeysOnly off)");
        }
        return policy;
    }

    private SigningKey activeKey(WorkspaceId workspaceId) {
        return signingKeys
                .findByWorkspace(workspaceId)
                .orElseThrow(() -> new NotFoundException("workspace", workspaceId.value()))
                .active();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void requireExisting(WorkspaceId workspaceId, AnonymousId anonymousId) {
        boolean unknown = knownDevices
                .map(visitors ->
                        visitors.findByAnonymousId(workspaceId, anonymousId).isEmpty())
                .orElse(false);
        if (unknown) {
            throw new NotFoundException("anonymous id", anonymousId.value());
        }
    }

    private static Optional<String> signed(SigningKey key, Optional<SignedPayload> payload) {
        return payload.map(p -> HmacSha256.sign(key, p));
    }
}
