package visitoridentity.application.fake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import visitoridentity.application.fake.InMemoryVisitors.Device;
import visitoridentity.application.fake.InMemoryVisitors.LiveToken;
import visitoridentity.application.port.ConcurrentUpdateException;
import visitoridentity.application.port.LiveVisitorToken;
import visitoridentity.application.port.Revocation;
import visitoridentity.application.port.RevokedVisitorToken;
import visitoridentity.application.port.VisitorTokenRepository;
import visitoridentity.domain.id.AnonymousId;
import visitoridentity.domain.id.VisitorId;
import visitoridentity.domain.id.WorkspaceId;
import visitoridentity.domain.secret.SecretHash;

/** Visitor tokens kept on the fake's devices, with the revoked ones by hash, as the database keeps them. */
public final class InMemoryVisitorTokens implements VisitorTokenRepository {
    final InMemoryTable<RevokedKey, RevokedVisitorToken> revoked = new InMemoryTable<>();
    private final InMemoryVisitors visitors;

    record RevokedKey(WorkspaceId workspaceId, SecretHash tokenHash) {}

    public InMemoryVisitorTokens(InMemoryVisitors visitors) {
        this.visitors = visitors;
    }

    @Override
    public Optional<LiveVisitorToken> findLive(WorkspaceId workspaceId, SecretHash tokenHash) {
        return deviceHolding(workspaceId, tokenHash).map(device -> {
            LiveToken token = device.token().orElseThrow();
            return new LiveVisitorToken(device.anonymousId(), token.issuedAt(), token.lastUsedAt());
        });
    }

    @Override
    public Optional<RevokedVisitorToken> findRevoked(WorkspaceId workspaceId, SecretHash tokenHash) {
        return revoked.get(new RevokedKey(workspaceId, tokenHash));
    }

    @Override
    public void recordUse(WorkspaceId workspaceId, SecretHash tokenHash, Instant now, Instant staleBefore) {
        synchronized (InMemoryTable.LOCK) {
            deviceHolding(workspaceId, tokenHash).ifPresent(device -> {
                LiveToken token = device.token().orElseThrow();
                if (!token.lastUsedAt().isAfter(staleBefore)) {
                    put(device.withToken(Optional.of(new LiveToken(token.hash(), token.issuedAt(), now)))
                            .seenAt(now));
                }
            });
        }
    }

    @Override
    public boolean revoke(WorkspaceId workspaceId, SecretHash tokenHash, Revocation reason, Instant now) {
        synchronized (InMemoryTable.LOCK) {
            Optional<Device> device = deviceHolding(workspaceId, tokenHash);
            device.ifPresent(holder -> {
                put(holder.withToken(Optional.empty()));
                revoked.put(new RevokedKey(workspaceId, tokenHash), new RevokedVisitorToken(reason, now));
            });
            return device.isPresent();
        }
    }

    @Override
    public int revokeAllOf(WorkspaceId workspaceId, VisitorId visitorId, Revocation reason, Instant now) {
        synchronized (InMemoryTable.LOCK) {
            return (int) visitors.devices
                    .values()
                    .filter(d -> d.workspaceId().equals(workspaceId)
                            && d.visitorId().equals(visitorId)
                            && d.token().isPresent())
                    .filter(d -> revoke(workspaceId, d.token().get().hash(), reason, now))
                    .count();
        }
    }

    @Override
    public void rotate(
            WorkspaceId workspaceId, AnonymousId anonymousId, SecretHash current, SecretHash next, Instant now) {
        synchronized (InMemoryTable.LOCK) {
            Device device = deviceHolding(workspaceId, current)
                    .filter(d -> d.anonymousId().equals(anonymousId))
                    .orElseThrow(() -> new ConcurrentUpdateException("the visitor token was replaced meanwhile"));
            put(device.withToken(Optional.of(new LiveToken(next, now, now))));
            revoked.put(new RevokedKey(workspaceId, current), new RevokedVisitorToken(Revocation.ROTATION, now));
        }
    }

    @Override
    public int forgetRevokedBefore(Instant revokedBefore, int limit) {
        synchronized (InMemoryTable.LOCK) {
            List<RevokedKey> doomed = revoked.entries()
                    .filter(entry -> entry.getValue().revokedAt().isBefore(revokedBefore))
                    .sorted(Map.Entry.comparingByValue(Comparator.comparing(RevokedVisitorToken::revokedAt)))
                    .limit(limit)
                    .map(Map.Entry::getKey)
                    .toList();
            doomed.forEach(revoked::remove);
            return doomed.size();
        }
    }

    private Optional<Device> deviceHolding(WorkspaceId workspaceId, SecretHash tokenHash) {
        return visitors.devices
                .values()
                .filter(d -> d.workspaceId().equals(workspaceId)
                        && d.token().map(LiveToken::hash).equals(Optional.of(tokenHash)))
                .findFirst();
    }

    private void put(Device device) {
        visitors.devices.put(new InMemoryVisitors.AnonymousKey(device.workspaceId(), device.anonymousId()), device);
    }
}
