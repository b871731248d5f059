package visitoridentity.application.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import visitoridentity.application.port.DeliveryPage;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentifierGenerator;
import visitoridentity.application.port.SecretGenerator;
import visitoridentity.application.port.Transactions;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.error.NotFoundException;
import visitoridentity.domain.id.WorkspaceId;

/** See {@link ManageWebhooksUseCase}. */
public final class ManageWebhooks implements ManageWebhooksUseCase {
    static final int MAX_URL_LENGTH = 2048;

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final IdentifierGenerator identifiers;
    private final SecretGenerator secrets;
    private final Transactions transactions;
    private final Clock clock;

    public ManageWebhooks(
            WebhookRepository webhooks,
            WebhookTargets targets,
            IdentifierGenerator identifiers,
            SecretGenerator secrets,
            Transactions transactions,
            Clock clock) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.identifiers = identifiers;
        this.secrets = secrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CreatedWebhook create(WorkspaceId workspaceId, String url, List<String> events) {
        URI target = url(url);
        targets.requireAllowed(target);
        List<String> subscribed = events(events);
        return transactions.inTransaction(() -> {
            if (webhooks.findAll(workspaceId).size() >= MAX_ENDPOINTS) {
                throw new InvalidFieldException(
                        "url", "a workspace has at most " + MAX_ENDPOINTS + " webhook endpoints; delete one first");
            }
            WebhookEndpoint endpoint = new WebhookEndpoint(
                    identifiers.newWebhookId(),
                    workspaceId,
                    target,
                    subscribed,
                    true,
                    clock.instant(),
                    Optional.empty(),
                    Optional.empty());
            WebhookSecret secret = new WebhookSecret(secrets.newWebhookSecret());
            webhooks.insert(endpoint, secret);
            return new CreatedWebhook(endpoint, secret);
        });
    }

    @Override
    public List<WebhookEndpoint> list(WorkspaceId workspaceId) {
        return webhooks.findAll(workspaceId);
    }

    @Override
    public void delete(WorkspaceId workspaceId, String endpointId) {
        if (!webhooks.delete(workspaceId, endpointId)) {
            throw notFound(endpointId);
        }
    }

    @Override
    public CreatedWebhook rotateSecret(WorkspaceId workspaceId, String endpointId) {
        return transactions.inTransaction(() -> {
            WebhookEndpoint endpoint = webhooks.find(workspaceId, endpointId).orElseThrow(() -> notFound(endpointId));
            WebhookSecret secret = new WebhookSecret(secrets.newWebhookSecret());
            webhooks.replaceSecret(workspaceId, endpointId, secret);
            return new CreatedWebhook(endpoint, secret);
        });
    }

    @Override
    public DeliveryPage deliveries(WorkspaceId workspaceId, String endpointId, int limit, Optional<String> cursor) {
        if (limit < 1 || limit > 200) {
            throw new InvalidFieldException("limit", "must be between 1 and 200");
        }
        if (webhooks.find(workspaceId, endpointId).isEmpty()) {
            throw notFound(endpointId);
        }
        return webhooks.deliveries(workspaceId, endpointId, limit, cursor);
    }

    private static NotFoundException notFound(String endpointId) {
        return new NotFoundException("webhook", endpointId);
    }

    private static URI url(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("url", "is required: the https URL events are sent to");
        }
        if (text.length() > MAX_URL_LENGTH) {
            throw new InvalidFieldException("url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidFieldException("url", "must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw new InvalidFieldException("url", "must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidFieldException("url", "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidFieldException("url", "must not have a fragment");
        }
        return uri;
    }

    private static List<String> events(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw new InvalidFieldException("events", "must list event types, or be [\"*\"] for every type");
        }
        Set<String> subscribed = new LinkedHashSet<>();
        for (String name : events) {
            if (WebhookEndpoint.ALL_EVENTS.equals(name)) {
                subscribed.add(name);
            } else if (name != null && EventType.named(name).isPresent()) {
                subscribed.add(name);
            } else {
                throw new InvalidFieldException("events", "unknown event type; known are " + knownTypes());
            }
        }
        if (subscribed.contains(WebhookEndpoint.ALL_EVENTS) && subscribed.size() > 1) {
            throw new InvalidFieldException("events", "\"*\" already means every type; list it alone");
        }
        return List.copyOf(subscribed);
    }

    private static String knownTypes() {
        return String.join(
                ", ",
                java.util.Arrays.stream(EventType.values())
                        .map(EventType::wireName)
                        .toList());
    }
}
