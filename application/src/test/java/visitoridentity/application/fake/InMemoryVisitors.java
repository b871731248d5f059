package visitoridentity.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.SeenDevice;
import visitoridentity.application.port.VisitorQuery;
import visitoridentity.application.port.VisitorRepository;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.ContactId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;
import visitoridentity.domain.visitor.Visitor;

/** Visitors and their anonymous ids, with the same uniqueness and version rules as the database. */
public final class InMemoryVisitors implements VisitorRepository {
    final InMemoryTable<VisitorId, Visitor> visitors = new InMemoryTable<>();
    final InMemoryTable<AnonymousKey, Device> devices = new InMemoryTable<>();
    /** How many times a caller looked a visitor up by trusted external id. */
    public final AtomicInteger trustedExternalIdLookups = new AtomicInteger();

    record AnonymousKey(WorkspaceId workspaceId, AnonymousId anonymousId) {}

    record Device(
            WorkspaceId workspaceId,
            AnonymousId anonymousId,
            VisitorId visitorId,
            Optional<LiveToken> token,
            Instant lastSeenAt,
            long storedOrder) {
        Device withToken(Optional<LiveToken> next) {
            return new Device(workspaceId, anonymousId, visitorId, next, lastSeenAt, storedOrder);
        }

        Device seenAt(Instant now) {
            return new Device(workspaceId, anonymousId, visitorId, token, now, storedOrder);
        }
    }

    /** A device's live visitor token. */
    record LiveToken(SecretHash hash, Instant issuedAt, Instant lastUsedAt) {}

    private final AtomicInteger storedOrder = new AtomicInteger();

    @Override
    public Optional<Visitor> findById(WorkspaceId workspaceId, VisitorId id) {
        return visitors.get(id).filter(v -> v.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Visitor> findByAnonymousId(WorkspaceId workspaceId, AnonymousId anonymousId) {
        return devices.get(new AnonymousKey(workspaceId, anonymousId))
                .flatMap(d -> findById(workspaceId, d.visitorId()));
    }

    @Override
    public Optional<Visitor> findByTrustedExternalId(WorkspaceId workspaceId, ExternalId externalId) {
        trustedExternalIdLookups.incrementAndGet();
        return holderOf(workspaceId, externalId);
    }

    private Optional<Visitor> holderOf(WorkspaceId workspaceId, ExternalId externalId) {
        return inWorkspace(workspaceId)
                .filter(v -> v.trustedExternalId().equals(Optional.of(externalId)))
                .findFirst();
    }

    @Override
    public List<Visitor> find(WorkspaceId workspaceId, VisitorQuery query) {
        return inWorkspace(workspaceId)
                .filter(v -> query.after()
                        .map(after -> v.id().value().compareTo(after.value()) > 0)
                        .orElse(true))
                .filter(v -> query.externalId()
                        .map(id -> v.externalId().map(Claim::value).equals(Optional.of(id)))
                        .orElse(true))
                .filter(v -> query.email()
                        .map(e -> v.email().map(Claim::value).equals(Optional.of(e)))
                        .orElse(true))
                .filter(v -> query.namePrefix()
                        .map(prefix -> v.profile()
                                .name()
                                .map(name ->
                                        name.value().toLowerCase(Locale.ROOT).startsWith(prefix))
                                .orElse(false))
                        .orElse(true))
                .sorted(Comparator.comparing(v -> v.id().value()))
                .limit(query.limit())
                .toList();
    }

    @Override
    public List<Visitor> findByContact(WorkspaceId workspaceId, ContactId contactId) {
        return inWorkspace(workspaceId)
                .filter(v -> v.contactId().equals(Optional.of(contactId)))
                .sorted(Comparator.comparing(v -> v.id().value()))
                .toList();
    }

    @Override
    public void start(Visitor visitor, AnonymousId anonymousId, SecretHash tokenHash) {
        synchronized (InMemoryTable.LOCK) {
            if (devices.get(new AnonymousKey(visitor.workspaceId(), anonymousId))
                    .isPresent()) {
                throw new ConcurrentUpdateException("anonymous id taken");
            }
            visitors.put(visitor.id(), visitor);
            devices.put(
                    new AnonymousKey(visitor.workspaceId(), anonymousId),
                    new Device(
                            visitor.workspaceId(),
                            anonymousId,
                            visitor.id(),
                            Optional.of(new LiveToken(tokenHash, visitor.createdAt(), visitor.createdAt())),
                            visitor.lastSeenAt(),
                            storedOrder.incrementAndGet()));
        }
    }

    @Override
    public void insert(Visitor visitor) {
        synchronized (InMemoryTable.LOCK) {
            requireExternalIdFree(visitor);
            visitors.put(visitor.id(), visitor);
        }
    }

    @Override
    public Visitor update(Visitor visitor) {
        synchronized (InMemoryTable.LOCK) {
            long stored = visitors.get(visitor.id()).map(Visitor::version).orElse(-1L);
            if (stored != visitor.version()) {
                throw new ConcurrentUpdateException("visitor " + visitor.id() + " changed meanwhile");
            }
            requireExternalIdFree(visitor);
            Visitor next = new Visitor(
                    visitor.id(),
                    visitor.workspaceId(),
                    visitor.externalId(),
                    visitor.email(),
                    visitor.phone(),
                    visitor.profile(),
                    visitor.metadata(),
                    visitor.contactId(),
                    visitor.createdAt(),
                    visitor.updatedAt(),
                    visitor.lastSeenAt(),
                    visitor.version() + 1);
            visitors.put(next.id(), next);
            return next;
        }
    }

    @Override
    public void moveDevice(WorkspaceId workspaceId, AnonymousId anonymousId, VisitorId visitorId) {
        synchronized (InMemoryTable.LOCK) {
            AnonymousKey key = new AnonymousKey(workspaceId, anonymousId);
            Device device = devices.get(key)
                    .orElseThrow(() -> new ConcurrentUpdateException("anonymous id " + anonymousId + " removed"));
            devices.put(
                    key,
                    new Device(
                            workspaceId,
                            anonymousId,
                            visitorId,
                            device.token(),
                            device.lastSeenAt(),
                            device.storedOrder()));
        }
    }

    @Override
    public void mergeInto(WorkspaceId workspaceId, VisitorId absorbed, VisitorId into) {
        synchronized (InMemoryTable.LOCK) {
            devices.values()
                    .filter(d ->
                            d.workspaceId().equals(workspaceId) && d.visitorId().equals(absorbed))
                    .toList()
                    .forEach(d -> moveDevice(workspaceId, d.anonymousId(), into));
            visitors.remove(absorbed);
        }
    }

    @Override
    public Map<VisitorId, List<AnonymousId>> anonymousIdsOf(WorkspaceId workspaceId, List<VisitorId> visitorIds) {
        Map<VisitorId, List<AnonymousId>> ids = new HashMap<>();
        visitorIds.forEach(id -> ids.put(
                id,
                devicesOf(workspaceId, id).stream().map(SeenDevice::anonymousId).toList()));
        return ids;
    }

    @Override
    public List<SeenDevice> devicesOf(WorkspaceId workspaceId, VisitorId visitorId) {
        return devices.values()
                .filter(d ->
                        d.workspaceId().equals(workspaceId) && d.visitorId().equals(visitorId))
                .sorted(Comparator.comparingLong(Device::storedOrder))
                .map(d -> new SeenDevice(d.anonymousId(), d.lastSeenAt()))
                .toList();
    }

    @Override
    public void markSeen(WorkspaceId workspaceId, AnonymousId anonymousId, Instant now) {
        synchronized (InMemoryTable.LOCK) {
            AnonymousKey key = new AnonymousKey(workspaceId, anonymousId);
            devices.get(key).ifPresent(d -> devices.put(key, d.seenAt(now)));
        }
    }

    @Override
    public List<AnonymousId> evictBeyond(WorkspaceId workspaceId, VisitorId visitorId, AnonymousId kept, int max) {
        synchronized (InMemoryTable.LOCK) {
            List<AnonymousId> evicted = devices.values()
                    .filter(d -> d.workspaceId().equals(workspaceId)
                            && d.visitorId().equals(visitorId)
                            && !d.anonymousId().equals(kept))
                    .sorted(Comparator.comparing(Device::lastSeenAt)
                            .thenComparing(Device::storedOrder)
                            .reversed())
                    .skip(max - 1L)
                    .map(Device::anonymousId)
                    .toList();
            evicted.forEach(id -> devices.remove(new AnonymousKey(workspaceId, id)));
            return evicted;
        }
    }

    @Override
    public void delete(WorkspaceId workspaceId, VisitorId id) {
        synchronized (InMemoryTable.LOCK) {
            if (findById(workspaceId, id).isPresent()) {
                visitors.remove(id);
                devices.removeIf(d -> d.visitorId().equals(id));
            }
        }
    }

    private Stream<Visitor> inWorkspace(WorkspaceId workspaceId) {
        return visitors.values().filter(v -> v.workspaceId().equals(workspaceId));
    }

    private void requireExternalIdFree(Visitor visitor) {
        visitor.trustedExternalId()
                .flatMap(id -> holderOf(visitor.workspaceId(), id))
                .filter(holder -> !holder.id().equals(visitor.id()))
                .ifPresent(holder -> {
                    throw new ConcurrentUpdateException("the trusted external id is held by another visitor");
                });
    }
}
