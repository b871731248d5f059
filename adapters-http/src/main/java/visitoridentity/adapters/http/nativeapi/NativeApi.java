package visitoridentity.adapters.http.nativeapi;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.PATCH;
import static io.javalin.http.HandlerType.POST;

import java.time.Clock;
import java.util.Set;
import visitoridentity.adapters.http.metrics.IdentifyMetrics;
import visitoridentity.adapters.http.token.IdentityTokenEndpoints;
import visitoridentity.adapters.http.token.IdentityTokenVerifier;
import visitoridentity.adapters.http.token.IdentityTokens;
import visitoridentity.adapters.http.token.JwksFetcher;
import visitoridentity.adapters.http.web.ClientRateLimit;
import visitoridentity.adapters.http.web.Routes;
import visitoridentity.application.UseCases;

/** The native API of DESIGN.md §3: every route of it, declared here and nowhere else. */
public final class NativeApi {
    private static final String WORKSPACE = "/v1/workspaces/{ws}";

    private final VisitorSessionEndpoints sessions;
    private final IdentifyEndpoint identify;
    private final WorkspaceEndpoints workspaces;
    private final SignEndpoint sign;
    private final IdentityTokenEndpoints identityTokens;
    private final SignatureCheckEndpoint signatureCheck;
    private final LookupEndpoints lookups;
    private final EventEndpoints events;
    private final WebhookEndpoints webhooks;
    private final IdentifyMetrics identifyMetrics;
    private final ClientRateLimit visitorStarts;

    /**
     * @param dialectNames the vendor dialects the server ships, which a workspace may restrict
     * @param visitorStarts the limit on {@code POST .../visitors} per client address
     */
    public NativeApi(
            UseCases useCases,
            IdentifyMetrics identifyMetrics,
            Set<String> dialectNames,
            ClientRateLimit visitorStarts) {
        this.sessions = new VisitorSessionEndpoints(
                useCases.startVisitor(),
                useCases.showCurrentVisitor(),
                useCases.resolveTrustedContext(),
                useCases.revokeSession());
        this.identify = new IdentifyEndpoint(
                useCases.identifyVisitor(),
                new IdentityTokens(new IdentityTokenVerifier(
                        useCases.managePublicKeys(), useCases.spendTokenId(), new JwksFetcher(Clock.systemUTC()))));
        this.workspaces = new WorkspaceEndpoints(
                useCases.createWorkspace(),
                useCases.showWorkspace(),
                useCases.listWorkspaces(),
                useCases.changeWorkspaceSettings(),
                useCases.rotateSigningKey(),
                useCases.showSigningKeys(),
                useCases.revokeSigningKey(),
                dialectNames);
        this.sign = new SignEndpoint(useCases.signIdentity());
        this.identityTokens = new IdentityTokenEndpoints(useCases.signIdentity(), useCases.managePublicKeys());
        this.signatureCheck = new SignatureCheckEndpoint(useCases.checkSignature());
        this.lookups = new LookupEndpoints(
                useCases.findVisitors(), useCases.showVisitor(), useCases.eraseVisitor(), useCases.showContact());
        this.events = new EventEndpoints(useCases.listEvents());
        this.webhooks = new WebhookEndpoints(useCases.manageWebhooks());
        this.identifyMetrics = identifyMetrics;
        this.visitorStarts = visitorStarts;
    }

    public void register(Routes routes) {
        routes.browser(POST, WORKSPACE + "/visitors", visitorStarts.around(sessions::start));
        routes.browser(POST, WORKSPACE + "/identify", identifyMetrics.around(identify::identify));
        routes.browser(GET, WORKSPACE + "/visitors/me", sessions::me);
        routes.browser(GET, WORKSPACE + "/visitors/me/context", sessions::context);
        routes.browser(DELETE, WORKSPACE + "/visitors/me/session", sessions::logout);

        routes.rootAdmin(POST, "/v1/workspaces", workspaces::create);
        routes.rootAdmin(GET, "/v1/workspaces", workspaces::list);
        routes.workspaceAdmin(GET, WORKSPACE, workspaces::show);
        routes.workspaceAdmin(PATCH, WORKSPACE, workspaces::change);
        routes.workspaceAdmin(POST, WORKSPACE + "/signing-keys", workspaces::rotateSigningKey);
        routes.workspaceAdmin(GET, WORKSPACE + "/signing-keys", workspaces::signingKeys);
        routes.workspaceAdmin(POST, WORKSPACE + "/signing-keys/{kid}/revoke", workspaces::revokeSigningKey);
        routes.workspaceAdmin(POST, WORKSPACE + "/signatures", sign::sign);
        routes.workspaceAdmin(POST, WORKSPACE + "/signature-checks", signatureCheck::check);
        routes.workspaceAdmin(POST, WORKSPACE + "/identity-tokens", identityTokens::mint);
        routes.workspaceAdmin(POST, WORKSPACE + "/public-keys", identityTokens::registerKey);
        routes.workspaceAdmin(GET, WORKSPACE + "/public-keys", identityTokens::listKeys);
        routes.workspaceAdmin(DELETE, WORKSPACE + "/public-keys/{kid}", identityTokens::deleteKey);
        routes.workspaceAdmin(GET, WORKSPACE + "/visitors", lookups::find);
        routes.workspaceAdmin(GET, WORKSPACE + "/visitors/{visitorId}", lookups::show);
        routes.workspaceAdmin(DELETE, WORKSPACE + "/visitors/{visitorId}", lookups::erase);
        routes.workspaceAdmin(POST, WORKSPACE + "/visitors/{visitorId}/sessions/revoke", sessions::revokeAll);
        routes.workspaceAdmin(GET, WORKSPACE + "/contacts/{contactId}", lookups::showContact);
        routes.workspaceAdmin(GET, WORKSPACE + "/events", events::list);
        routes.workspaceAdmin(POST, WORKSPACE + "/webhooks", webhooks::create);
        routes.workspaceAdmin(GET, WORKSPACE + "/webhooks", webhooks::list);
        routes.workspaceAdmin(DELETE, WORKSPACE + "/webhooks/{webhookId}", webhooks::delete);
        routes.workspaceAdmin(POST, WORKSPACE + "/webhooks/{webhookId}/secret", webhooks::rotateSecret);
        routes.workspaceAdmin(GET, WORKSPACE + "/webhooks/{webhookId}/deliveries", webhooks::deliveries);
    }
}
