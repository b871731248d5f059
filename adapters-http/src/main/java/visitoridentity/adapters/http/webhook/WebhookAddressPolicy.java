package visitoridentity.adapters.http.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import visitoridentity.application.webhook.WebhookTargets;
import visitoridentity.domain.error.InvalidFieldException;

/**
 * Where webhooks may go: {@code https} URLs whose host resolves only to public addresses. Refused:
 * any other scheme; loopback, link-local (169.254.0.0/16 and fe80::/10, where cloud metadata
 * services answer), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), unspecified,
 * multicast and reserved addresses. With {@code allowLoopback} (local development and tests only),
 * {@code http} and {@code https} to {@code 127.0.0.1}, {@code ::1} or {@code localhost} are allowed
 * too, and nothing else changes. The host is resolved at each check: at registration and again
 * before every delivery, so a name that later points inside is refused then.
 */
public final class WebhookAddressPolicy implements WebhookTargets {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    /** Resolves a host name to its addresses (the system resolver, or a fixed table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public WebhookAddressPolicy(boolean allowLoopback) {
        this(allowLoopback, InetAddress::getAllByName);
    }

    public WebhookAddressPolicy(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    @Override
    public void requireAllowed(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        boolean loopbackName = LOOPBACK_NAMES.contains(host);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback && loopbackName)) {
            throw new InvalidFieldException("url", "must be an https URL");
        }
        if (host.isEmpty()) {
            throw new InvalidFieldException("url", "must name a host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new InvalidFieldException("url", "its host does not resolve");
        }
        if (addresses.length == 0) {
            throw new InvalidFieldException("url", "its host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && allowLoopback) {
                continue;
            }
            if (internal(address)) {
                throw new InvalidFieldException(
                        "url", "its host resolves to an internal address (loopback, private, link-local or metadata)");
            }
        }
    }

    /** True for every address a webhook must not reach. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // this network
                    || (first == 100 && second >= 64 && second < 128) // shared address space (CGNAT)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7, which holds fd00:ec2::254 (a metadata address)
            }
            if ((first & 0xff) == 0xfe && (bytes[1] & 0xc0) == 0xc0) {
                return true; // site-local fec0::/10
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= bytes[i] == 0;
            }
            if (zeroPrefix) {
                return true; // IPv4-compatible and IPv4-mapped forms (::a.b.c.d, ::ffff:a.b.c.d)
            }
            boolean nat64 = (bytes[0] & 0xff) == 0x00
                    && (bytes[1] & 0xff) == 0x64
                    && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b;
            return nat64; // 64:ff9b::/96 carries an IPv4 address this check cannot see through
        }
        return true;
    }
}
