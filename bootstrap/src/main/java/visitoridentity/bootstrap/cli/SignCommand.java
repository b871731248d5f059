package visitoridentity.bootstrap.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import visitoridentity.application.sign.IdentitySignatures;
import visitoridentity.application.sign.MintIdentityTokenCommand;
import visitoridentity.application.sign.MintedIdentityToken;
import visitoridentity.application.sign.SignIdentity;
import visitoridentity.application.sign.SignIdentityCommand;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.signature.SigningSecret;
import visitoridentity.embedded.random.RandomIdentifiers;

@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the native signatures (HMAC-SHA256, lower-case hex) of the given claims: what your backend"
                    + " should compute, for checking it.",
            "Signs with a workspace's active key, from the database or through a running server with --server,"
                    + " or with --secret and no database.",
            "With --token, prints an identity token (HS256 JWT) carrying the claims instead."
        })
final class SignCommand implements Callable<Integer> {
    /** Any id will do: the key ring of a secret given on the command line answers for every workspace. */
    private static final WorkspaceId NO_WORKSPACE = WorkspaceId.of("command-line");

    @Spec
    private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private Key key;

    @Mixin
    private ServerOption server;

    @Option(names = "--external-id", paramLabel = "ID")
    private String externalId;

    @Option(names = "--email")
    private String email;

    @Option(names = "--phone")
    private String phone;

    @Option(names = "--anonymous-id", paramLabel = "ID")
    private String anonymousId;

    @Option(
            names = "--token",
            description = "Print an identity token (HS256, the active key) instead of signatures; needs --external-id.")
    private boolean token;

    @Option(names = "--name", description = "The name an identity token carries.")
    private String name;

    @Option(
            names = "--ttl-seconds",
            paramLabel = "SECONDS",
            description = "How long the identity token lives (default 600, at most the workspace's maxTokenLifetime).")
    private Long ttlSeconds;

    @Option(
            names = "--audience",
            paramLabel = "WORKSPACE_ID",
            description = "With --secret --token: the workspace id the token is for (its aud).")
    private String audience;

    static final class Key {
        @Option(
                names = "--workspace",
                paramLabel = "WORKSPACE_ID",
                description = "Sign with this workspace's active key.")
        private String workspace;

        @Option(names = "--secret", description = "Sign with this signing secret; no database is opened.")
        private String secret;
    }

    @Override
    public Integer call() {
        if (token) {
            return printToken();
        }
        if (externalId == null && email == null && phone == null && anonymousId == null) {
            throw new ParameterException(
                    spec.commandLine(), "give at least one of --external-id, --email, --phone, --anonymous-id");
        }
        IdentitySignatures signatures;
        if (key.secret != null && server.server().isPresent()) {
            throw new ParameterException(spec.commandLine(), "--secret signs without any server: leave out --server");
        }
        if (key.secret != null) {
            SignIdentity withSecret = SignIdentity.withOwnSecret(
                    new SigningKeyOfOneSecret(new SigningSecret(key.secret), Instant.now()),
                    new RandomIdentifiers(),
                    Clock.systemUTC());
            signatures = withSecret.sign(command(NO_WORKSPACE));
        } else {
            try (Administration administration = server.open(spec)) {
                signatures = administration.sign(command(WorkspaceId.of(key.workspace)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        signatures.externalId().ifPresent(hex -> out.println("externalId   " + hex));
        signatures.email().ifPresent(hex -> out.println("email        " + hex));
        signatures.phone().ifPresent(hex -> out.println("phone        " + hex));
        signatures.anonymousId().ifPresent(hex -> out.println("anonymousId  " + hex));
        return 0;
    }

    private int printToken() {
        if (externalId == null) {
            throw new ParameterException(spec.commandLine(), "--token needs --external-id (the token's sub)");
        }
        MintedIdentityToken minted;
        if (key.secret != null) {
            if (audience == null) {
                throw new ParameterException(
                        spec.commandLine(), "--secret --token needs --audience WORKSPACE_ID (the token's aud)");
            }
            SignIdentity withSecret = SignIdentity.withOwnSecret(
                    new SigningKeyOfOneSecret(new SigningSecret(key.secret), Instant.now()),
                    new RandomIdentifiers(),
                    Clock.systemUTC());
            minted = withSecret.mint(tokenCommand(WorkspaceId.of(audience)));
        } else {
            try (Administration administration = server.open(spec)) {
                minted = administration.mint(tokenCommand(WorkspaceId.of(key.workspace)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("identityToken  " + minted.identityToken());
        out.println("expiresAt      " + minted.expiresAt());
        return 0;
    }

    private MintIdentityTokenCommand tokenCommand(WorkspaceId workspaceId) {
        return new MintIdentityTokenCommand(
                workspaceId,
                externalId,
                Optional.ofNullable(email),
                Optional.ofNullable(phone),
                Optional.ofNullable(name),
                Optional.ofNullable(anonymousId),
                Optional.ofNullable(ttlSeconds).map(Duration::ofSeconds));
    }

    private SignIdentityCommand command(WorkspaceId workspaceId) {
        return new SignIdentityCommand(
                workspaceId,
                Optional.ofNullable(externalId),
                Optional.ofNullable(email),
                Optional.ofNullable(phone),
                Optional.ofNullable(anonymousId));
    }
}
