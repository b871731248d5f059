package visitoridentity.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Each thread reuses its own Mac per key: many threads on one key ring must never mix their states. */
class ConcurrentVerificationTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void manyThreadsVerifyAndSignWithOneKeyRing() throws Exception {
        SigningKeyRing keys = SigningKeyRing.of(new SigningSecret("whsec_old"), NOW)
                .rotate(new SigningSecret("whsec_new"), NOW, SigningKeyRing.DEFAULT_GRACE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                results.add(pool.submit(verifyingTask(keys, task)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<Boolean> verifyingTask(SigningKeyRing keys, int task) {
        return () -> {
            for (int i = 0; i < 500; i++) {
                String value = "user_" + task + "_" + i;
                PlainValue payload = PlainValue.of(value);
                String secret = i % 2 == 0 ? "whsec_old" : "whsec_new";
                boolean signs = HmacSha256.sign(keys.active(), payload).equals(IndependentHmac.hex("whsec_new", value));
                boolean good = HmacSha256.check(keys, NOW, Optional.of(IndependentHmac.hex(secret, value)), payload)
                        == SignatureCheck.VERIFIED;
                boolean bad =
                        HmacSha256.check(keys, NOW, Optional.of(IndependentHmac.hex(secret, value + "!")), payload)
                                == SignatureCheck.INVALID;
                if (!(signs && good && bad)) {
                    return false;
                }
            }
            return true;
        };
    }
}
