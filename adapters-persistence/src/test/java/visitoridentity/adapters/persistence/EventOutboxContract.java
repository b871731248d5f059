package visitoridentity.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import visitoridentity.application.UseCases;
import visitoridentity.application.event.IdentityEvents;
import visitoridentity.application.fake.MutableClock;
import visitoridentity.application.port.ClaimedDelivery;
import visitoridentity.application.port.EventPage;
import visitoridentity.application.port.EventQuery;
import visitoridentity.application.port.EventType;
import visitoridentity.application.port.IdentityEvent;
import visitoridentity.application.port.IdentityEventRepository;
import visitoridentity.application.port.WebhookDelivery;
import visitoridentity.application.port.WebhookEndpoint;
import visitoridentity.application.port.WebhookRepository;
import visitoridentity.application.port.WebhookSecret;
import visitoridentity.application.session.SessionLifetime;
import visitoridentity.application.webhook.DeliverWebhooks;
import visitoridentity.application.webhook.DeliveryOutcome;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.json.JsonObject;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.metadata.MetadataPolicy;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.workspace.AllowedOrigins;
import visitoridentity.domain.workspace.WorkspaceName;
import visitoridentity.domain.workspace.WorkspaceSettings;

/**
 * The outbox on the real database: the audit log's pages and filters, one delivery per subscribed
 * endpoint made with the event, claims that hand each delivery to one worker (two workers racing on
 * one table deliver each event once), a visitor's events in order, sealed secrets, and the worker's
 * retries and the endpoint disabled after a day of failures.
 */
abstract class EventOutboxContract {
    private static final String SECRET = "whsec_" + "c2VjcmV0LW9mLXRoaXMtd2ViaG9vay1mb3ItdGVzdHM=";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
    private final UniqueIdentifiers ids = new UniqueIdentifiers();
    private IdentityEventRepository events;
    private WebhookRepository webhooks;
    private WorkspaceId workspace;

    /** The adapter under test, shared by the tests of a class. */
    protected abstract JdbiPersistence persistence();

    @BeforeEach
    void createWorkspace() {
        UseCases useCases = Application.over(persistence(), clock, SessionLifetime.DEFAULT);
        workspace = useCases.createWorkspace()
                .create(new WorkspaceSettings(
                        WorkspaceName.of("Outbox"),
                        VerificationMode.OPTIONAL,
                        MetadataPolicy.DEFAULT,
                        AllowedOrigins.ANY))
                .workspace()
                .id();
        events = persistence().events();
        webhooks = persistence().webhooks();
    }

    @Test
    void theAuditLogPagesOldestFirstAndFiltersByVisitorAndType() {
        VisitorId ann = VisitorId.of("v_" + ids.newEventId());
        VisitorId bob = VisitorId.of("v_" + ids.newEventId());
        events.append(List.of(
                event(EventType.VISITOR_IDENTIFIED, ann),
                event(EventType.CLAIM_VERIFIED, ann),
                event(EventType.VISITOR_IDENTIFIED, bob)));

        EventPage first = events.find(query(Optional.empty(), Optional.empty(), 2, Optional.empty()));
        EventPage second = events.find(query(Optional.empty(), Optional.empty(), 2, first.nextCursor()));

        assertThat(first.events())
                .extracting(IdentityEvent::visitorId)
                .containsExactly(Optional.of(ann), Optional.of(ann));
        assertThat(second.events()).extracting(IdentityEvent::visitorId).containsExactly(Optional.of(bob));
        assertThat(second.nextCursor()).isEmpty();
        assertThat(events.find(query(Optional.of(ann), Optional.of(EventType.CLAIM_VERIFIED), 10, Optional.empty()))
                        .events())
                .extracting(IdentityEvent::type)
                .containsExactly(EventType.CLAIM_VERIFIED);
        assertThatThrownBy(() -> events.find(query(Optional.empty(), Optional.empty(), 2, Optional.of("x'--"))))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void anEventIsStoredAsAppendedAndItsDataCanBeReplaced() {
        IdentityEvent stored = event(EventType.VISITOR_IDENTIFIED, VisitorId.of("v_" + ids.newEventId()));
        events.append(List.of(stored));

        assertThat(events.findByVisitors(workspace, List.of(stored.visitorId().orElseThrow())))
                .containsExactly(stored);
        events.replaceData(workspace, stored.id(), stored.redacted().data());
        assertThat(events.findByVisitors(workspace, List.of(stored.visitorId().orElseThrow())))
                .extracting(IdentityEvent::data)
                .containsExactly(stored.redacted().data());
    }

    @Test
    void anEventIsQueuedForEachEnabledEndpointThatSubscribesToItsType() {
        WebhookEndpoint all = endpoint(List.of("*"));
        WebhookEndpoint merges = endpoint(List.of("visitor.merged"));
        WebhookEndpoint identified = endpoint(List.of("visitor.identified", "claim.verified"));

        events.append(List.of(event(EventType.VISITOR_IDENTIFIED, VisitorId.of("v_" + ids.newEventId()))));

        assertThat(log(all)).hasSize(1);
        assertThat(log(merges)).isEmpty();
        assertThat(log(identified)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
            assertThat(delivery.type()).isEqualTo(EventType.VISITOR_IDENTIFIED);
        });
    }

    @Test
    void aWebhookSecretIsSealedAtRestAndOpensForTheWorker() {
        WebhookEndpoint endpoint = endpoint(List.of("*"));
        events.append(List.of(event(EventType.VISITOR_IDENTIFIED, VisitorId.of("v_" + ids.newEventId()))));

        String stored = persistence()
                .jdbi()
                .withHandle(handle -> handle.createQuery("SELECT secret FROM webhook_endpoints WHERE id = :id")
                        .bind("id", endpoint.id())
                        .mapTo(String.class)
                        .one());
        List<ClaimedDelivery> claimed = claimAll();

        assertThat(stored).startsWith(SealedSecrets.PREFIX).doesNotContain(SECRET.substring(6));
        assertThat(claimed)
                .filteredOn(delivery -> delivery.endpoint().id().equals(endpoint.id()))
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.secret().value()).isEqualTo(SECRET));
    }

    @Test
    void aVisitorsEventsAreClaimedOneAtATimeInOrder() {
        WebhookEndpoint endpoint = endpoint(List.of("*"));
        VisitorId ann = VisitorId.of("v_" + ids.newEventId());
        IdentityEvent first = event(EventType.VISITOR_IDENTIFIED, ann);
        IdentityEvent second = event(EventType.CLAIM_VERIFIED, ann);
        events.append(List.of(first, second));

        List<ClaimedDelivery> round1 = claimFor(endpoint);
        List<ClaimedDelivery> whileInFlight = claimFor(endpoint);
        webhooks.delivered(round1.get(0).deliveryId(), clock.instant(), 200);
        List<ClaimedDelivery> round2 = claimFor(endpoint);

        assertThat(round1).extracting(delivery -> delivery.event().id()).containsExactly(first.id());
        assertThat(whileInFlight).isEmpty();
        assertThat(round2).extracting(delivery -> delivery.event().id()).containsExactly(second.id());
    }

    @Test
    void twoWorkersClaimingTogetherDeliverEveryEventOnce() throws Exception {
        WebhookEndpoint endpoint = endpoint(List.of("*"));
        int count = 300;
        List<IdentityEvent> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            appended.add(event(EventType.VISITOR_IDENTIFIED, VisitorId.of("v_" + ids.newEventId())));
        }
        events.append(appended);
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        Callable<Void> worker = () -> {
            for (int idle = 0; idle < 3; ) {
                List<ClaimedDelivery> claimed =
                        webhooks.claimDue(clock.instant(), clock.instant().plus(Duration.ofMinutes(5)), 7);
                idle = claimed.isEmpty() ? idle + 1 : 0;
                for (ClaimedDelivery delivery : claimed) {
                    if (delivery.endpoint().id().equals(endpoint.id())) {
                        delivered.add(delivery.event().id());
                    }
                    webhooks.delivered(delivery.deliveryId(), clock.instant(), 204);
                }
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> workers = pool.invokeAll(List.of(worker, worker));
            for (Future<Void> done : workers) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(delivered).hasSize(count).doesNotHaveDuplicates();
        assertThat(new HashSet<>(delivered))
                .isEqualTo(appended.stream().map(IdentityEvent::id).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aFailedDeliveryIsRetriedLaterAndAnEndpointFailingForADayIsDisabledWithAnEvent() {
        WebhookEndpoint endpoint = endpoint(List.of("visitor.identified"));
        events.append(List.of(event(EventType.VISITOR_IDENTIFIED, VisitorId.of("v_" + ids.newEventId()))));
        AtomicInteger attempts = new AtomicInteger();
        DeliverWebhooks worker = new DeliverWebhooks(
                webhooks,
                (url, secret, id, timestamp, body) -> {
                    if (url.equals(endpoint.url())) {
                        attempts.incrementAndGet();
                        return DeliveryOutcome.answered(503);
                    }
                    return DeliveryOutcome.answered(200);
                },
                events,
                new IdentityEvents(ids),
                persistence().transactions(),
                clock,
                () -> 0.0);

        worker.deliverDue();
        worker.deliverDue();
        assertThat(attempts).hasValue(1);
        clock.advance(DeliverWebhooks.FIRST_RETRY);
        worker.deliverDue();
        assertThat(attempts).hasValue(2);
        for (int hour = 0; hour < 25; hour++) {
            clock.advance(Duration.ofHours(1));
            worker.deliverDue();
        }

        WebhookEndpoint after = webhooks.find(workspace, endpoint.id()).orElseThrow();
        assertThat(after.enabled()).isFalse();
        assertThat(log(endpoint)).singleElement().satisfies(delivery -> {
            assertThat(delivery.lastStatusCode()).contains(503);
            assertThat(delivery.attempts()).isEqualTo(attempts.get());
        });
        assertThat(events.find(query(Optional.empty(), Optional.of(EventType.WEBHOOK_DISABLED), 10, Optional.empty()))
                        .events())
                .singleElement()
                .satisfies(event ->
                        assertThat(event.data().members().get("webhookId")).isEqualTo(new JsonString(endpoint.id())));
    }

    private List<ClaimedDelivery> claimAll() {
        return webhooks.claimDue(clock.instant(), clock.instant().plus(Duration.ofMinutes(5)), 1000);
    }

    private List<ClaimedDelivery> claimFor(WebhookEndpoint endpoint) {
        return claimAll().stream()
                .filter(delivery -> delivery.endpoint().id().equals(endpoint.id()))
                .toList();
    }

    private List<WebhookDelivery> log(WebhookEndpoint endpoint) {
        return webhooks.deliveries(workspace, endpoint.id(), 100, Optional.empty())
                .deliveries();
    }

    private WebhookEndpoint endpoint(List<String> types) {
        WebhookEndpoint endpoint = new WebhookEndpoint(
                ids.newWebhookId(),
                workspace,
                URI.create("https://hooks.example.com/" + ids.newEventId()),
                types,
                true,
                clock.instant(),
                Optional.empty(),
                Optional.empty());
        webhooks.insert(endpoint, new WebhookSecret(SECRET));
        return endpoint;
    }

    private IdentityEvent event(EventType type, VisitorId visitor) {
        return new IdentityEvent(
                ids.newEventId(),
                type,
                workspace,
                Optional.of(visitor),
                clock.instant(),
                new JsonObject(java.util.Map.of("externalId", new JsonString("user_1"))));
    }

    private EventQuery query(
            Optional<VisitorId> visitor, Optional<EventType> type, int limit, Optional<String> cursor) {
        return new EventQuery(workspace, visitor, type, limit, cursor);
    }
}
