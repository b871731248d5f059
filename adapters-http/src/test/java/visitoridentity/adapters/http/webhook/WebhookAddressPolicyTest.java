package visitoridentity.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import visitoridentity.domain.error.InvalidFieldException;

/** The attacks on the webhook URL: internal addresses, names that resolve inside, plain http. */
class WebhookAddressPolicyTest {
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "metadata.attacker.example", "169.254.169.254",
            "intranet.attacker.example", "10.1.2.3",
            "v6metadata.attacker.example", "fd00:ec2::254");

    private final WebhookAddressPolicy production = new WebhookAddressPolicy(false, WebhookAddressPolicyTest::resolve);
    private final WebhookAddressPolicy development = new WebhookAddressPolicy(true, WebhookAddressPolicyTest::resolve);

    @Test
    void aPublicHttpsUrlIsAllowed() {
        assertThatCode(() -> production.requireAllowed(URI.create("https://hooks.example.com/identity")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/latest/meta-data/",
                "https://metadata.attacker.example/",
                "https://[fd00:ec2::254]/",
                "https://v6metadata.attacker.example/",
                "https://10.0.0.1/",
                "https://172.16.5.4/",
                "https://192.168.1.1/",
                "https://100.64.0.1/",
                "https://0.0.0.0/",
                "https://127.0.0.1/",
                "https://localhost/",
                "https://[::1]/",
                "https://[::ffff:169.254.169.254]/",
                "https://[fe80::1]/",
                "https://intranet.attacker.example/"
            })
    void anInternalAddressIsRefusedInProduction(String url) {
        assertThatThrownBy(() -> production.requireAllowed(URI.create(url)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("url");
    }

    @Test
    void theMetadataAddressIsRefusedEvenWhenLoopbackIsAllowed() {
        assertThatThrownBy(() -> development.requireAllowed(URI.create("http://169.254.169.254/")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> development.requireAllowed(URI.create("https://169.254.169.254/")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void plainHttpIsRefusedInProductionEvenToLoopback() {
        assertThatThrownBy(() -> production.requireAllowed(URI.create("http://hooks.example.com/")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> production.requireAllowed(URI.create("http://127.0.0.1:8080/")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void theLoopbackSettingAllowsPlainHttpToLoopbackOnly() {
        assertThatCode(() -> development.requireAllowed(URI.create("http://127.0.0.1:8080/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> development.requireAllowed(URI.create("http://localhost:8080/hook")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> development.requireAllowed(URI.create("http://hooks.example.com/")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aHostThatDoesNotResolveAndOtherSchemesAreRefused() {
        assertThatThrownBy(() -> production.requireAllowed(URI.create("https://nowhere.example/")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> production.requireAllowed(URI.create("ftp://hooks.example.com/")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> production.requireAllowed(URI.create("file:///etc/passwd")))
                .isInstanceOf(InvalidFieldException.class);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = DNS.get(host);
        if (literal != null) {
            return new InetAddress[] {InetAddress.getByName(literal)};
        }
        if (host.equals("localhost") || Character.isDigit(host.charAt(0)) || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }
}
