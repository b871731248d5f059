package visitoridentity.benchmarks.hmac;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import visitoridentity.domain.signature.HmacSha256;
import visitoridentity.domain.signature.PlainValue;
import visitoridentity.domain.signature.SignatureCheck;
import visitoridentity.domain.signature.SigningKeyRing;
import visitoridentity.domain.signature.SigningSecret;

/**
 * Verifying one PlainValue signature through the domain ({@link HmacSha256#check}) beside the floor:
 * a bare {@link Mac} keyed once, fed the same UTF-8 bytes, its result compared in constant time
 * with the same 64 hex digits decoded by the same table lookup the domain uses. Both start from the
 * hex text and the claim string, so the difference is what the domain adds (the key ring, the
 * payload's accepted forms, the result enum).
 *
 * <p>{@code domainWithFreshSecret} builds the key ring from a new {@link SigningSecret} on every
 * call, as a repository that reads the secret from the database and wraps it anew would: it shows
 * what a verification costs when the per-thread {@code Mac} cannot be reused.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HmacVerificationBenchmark {
    private static final String SECRET = "whsec_test_2f8e52a1";
    private static final String CLAIM = "user_123";
    private static final String SIGNATURE = "30aec69b3fc515476c72dce04a267df4d331402f0ff595a48c148bb74e9f64c2";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private SigningKeyRing keyRing;
    private Optional<String> signature;
    private Mac bareMac;

    @Setup
    public void keyOnce() throws GeneralSecurityException {
        keyRing = SigningKeyRing.of(new SigningSecret(SECRET), NOW);
        signature = Optional.of(SIGNATURE);
        bareMac = Mac.getInstance("HmacSHA256");
        bareMac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        if (domain() != SignatureCheck.VERIFIED || !bareMac()) {
            throw new IllegalStateException("the benchmark's signature does not verify");
        }
    }

    @Benchmark
    public SignatureCheck domain() {
        return HmacSha256.check(keyRing, NOW, signature, PlainValue.of(CLAIM));
    }

    @Benchmark
    public boolean bareMac() {
        byte[] expected = HexDigits.decode(SIGNATURE);
        return MessageDigest.isEqual(bareMac.doFinal(CLAIM.getBytes(StandardCharsets.UTF_8)), expected);
    }

    @Benchmark
    public SignatureCheck domainWithFreshSecret() {
        SigningKeyRing loaded = SigningKeyRing.of(new SigningSecret(SECRET), NOW);
        return HmacSha256.check(loaded, NOW, signature, PlainValue.of(CLAIM));
    }
}
