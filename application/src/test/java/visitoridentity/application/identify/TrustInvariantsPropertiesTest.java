package visitoridentity.application.identify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import visitoridentity.application.context.TrustedContext;
import visitoridentity.application.fake.Scenario;
import visitoridentity.application.fake.Scenario.Device;
import visitoridentity.application.workspace.ChangeWorkspaceSettingsCommand;
import visitoridentity.domain.claim.Claim;
import visitoridentity.domain.claim.ExternalId;
import visitoridentity.domain.error.VisitorIdentityException;
import visitoridentity.domain.json.JsonString;
import visitoridentity.domain.json.JsonValue;
import visitoridentity.domain.verification.DeviceSignature;
import visitoridentity.domain.verification.IdAndEmailSignature;
import visitoridentity.domain.verification.VerificationMode;
import visitoridentity.domain.visitor.Visitor;

/**
 * Random sequences of identifies (several devices and ids, the workspace rolled out from disabled
 * to optional and required and back and forth between those two, signatures valid, invalid, absent
 * or over a form that is not the normal one, in every scheme the dialects use). After every call:
 * no record whose external id is verified shows a value first written by a device that never
 * verified that id, and no trusted context shows an unverified claim. Seeded; the seed is in the
 * test's name.
 */
class TrustInvariantsPropertiesTest {
    private static final String[] IDS = {"alice", "bob", "carol"};
    private static final int DEVICES = 5;
    private static final int CALLS = 60;

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 150; seed++) {
            seeds.add(seed * 7919);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noVerifiedRecordShowsDataOfADeviceThatNeverVerifiedItsId(long seed) {
        Random random = new Random(seed);
        Scenario s = Scenario.in(VerificationMode.DISABLED);
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            devices.add(s.newDevice());
        }
        Map<String, Integer> writerOf = new HashMap<>();
        Map<String, Set<Integer>> verifiedBy = new HashMap<>();
        int disabledCalls = random.nextInt(15);

        for (int call = 0; call < CALLS; call++) {
            if (call == disabledCalls || (call > disabledCalls && random.nextInt(10) == 0)) {
                VerificationMode mode = random.nextBoolean() ? VerificationMode.OPTIONAL : VerificationMode.REQUIRED;
                s.useCases
                        .changeWorkspaceSettings()
                        .change(new ChangeWorkspaceSettingsCommand(
                                s.workspace(),
                                Optional.empty(),
                                Optional.of(mode),
                                Optional.empty(),
                                Optional.empty()));
            }
            int device = random.nextInt(DEVICES);
            Optional<String> id =
                    random.nextInt(4) == 0 ? Optional.empty() : Optional.of(IDS[random.nextInt(IDS.length)]);
            String value = "w" + call;
            IdentifyRequest request = request(s, devices.get(device), id, value, random);
            writerOf.put(value, device);
            try {
                IdentityResult result = s.identify(request);
                id.filter(claimed -> verifiedAs(result.visitor(), claimed))
                        .ifPresent(claimed -> verifiedBy
                                .computeIfAbsent(claimed, k -> new HashSet<>())
                                .add(device));
            } catch (VisitorIdentityException refused) {
                writerOf.remove(value);
            }
            assertInvariants(s, devices, writerOf, verifiedBy, "seed " + seed + ", after call " + call);
        }
    }

    private static IdentifyRequest request(
            Scenario s, Device device, Optional<String> id, String value, Random random) {
        IdentifyRequest request = device.request().metadata(value, new JsonString("written"));
        Optional<String> email = random.nextBoolean() ? Optional.of(value + "@example.com") : Optional.empty();
        email.ifPresent(request::email);
        if (id.isEmpty()) {
            return request;
        }
        String claimed = id.get();
        switch (random.nextInt(7)) {
            case 0 -> request.externalId(claimed);
            case 1 -> request.externalId(claimed, s.sign(claimed));
            case 2 -> request.externalId(claimed, s.sign(claimed + "-not-it"));
            case 3 -> request.externalId(" " + claimed, s.sign(" " + claimed));
            case 4 -> request.externalId(claimed, "not hex");
            case 5 ->
                request.externalId(claimed)
                        .evidence(new IdAndEmailSignature(Optional.of(s.sign("{\"id\":\"" + claimed + "\""
                                + email.map(e -> ",\"email\":\"" + e + "\"").orElse("") + "}"))));
            default ->
                request.externalId(claimed)
                        .evidence(new DeviceSignature(Optional.of(
                                s.sign(device.started().anonymousId().value()))));
        }
        return request;
    }

    private static boolean verifiedAs(Visitor visitor, String id) {
        return visitor.externalId()
                .filter(claim -> claim.text().equals(id) && claim.isVerified())
                .isPresent();
    }

    private static void assertInvariants(
            Scenario s,
            List<Device> devices,
            Map<String, Integer> writerOf,
            Map<String, Set<Integer>> verifiedBy,
            String where) {
        for (Visitor visitor : s.allVisitors()) {
            Optional<Claim<ExternalId>> id = visitor.externalId().filter(Claim::isVerified);
            if (id.isEmpty()) {
                continue;
            }
            Set<Integer> allowed = verifiedBy.getOrDefault(id.get().text(), Set.of());
            for (Map.Entry<String, JsonValue> member :
                    visitor.metadata().object().members().entrySet()) {
                assertThat(allowed)
                        .as(
                                "%s: %s on the record verified as %s",
                                where, member.getKey(), id.get().text())
                        .contains(writerOf.get(member.getKey()));
            }
            visitor.email()
                    .ifPresent(email -> assertThat(allowed)
                            .as(
                                    "%s: email %s on the record verified as %s",
                                    where, email.text(), id.get().text())
                            .contains(writerOf.get(email.text().replace("@example.com", ""))));
        }
        for (Device device : devices) {
            TrustedContext context = s.useCases.resolveTrustedContext().resolve(device.credentials());
            Visitor visitor = s.visitorOf(device);
            context.externalId()
                    .ifPresent(
                            id -> assertThat(visitor.externalId().orElseThrow().isTrusted())
                                    .as(where)
                                    .isTrue());
            context.email()
                    .ifPresent(email -> assertThat(visitor.email().orElseThrow().isTrusted())
                            .as(where)
                            .isTrue());
        }
    }
}
