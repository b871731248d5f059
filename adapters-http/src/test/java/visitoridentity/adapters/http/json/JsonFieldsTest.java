package visitoridentity.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import visitoridentity.adapters.http.problem.Problem;
import visitoridentity.adapters.http.problem.ProblemException;
import visitoridentity.domain.error.InvalidFieldException;
import visitoridentity.domain.metadata.Overflow;
import visitoridentity.domain.visitor.FieldPatch;

class JsonFieldsTest {
    private static JsonFields fields(String json) {
        return JsonFields.ofBody(new StrictJson(65_536).parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Problem problemOf(Throwable failure) {
        return ((ProblemException) failure).problem();
    }

    @Test
    void aPatchKeepsWhatIsAbsentClearsWhatIsNullAndSetsAString() {
        JsonFields body = fields("{\"name\":null,\"tag\":\"pro\"}");

        assertThat(body.patch("email", String::strip)).isEqualTo(FieldPatch.keep());
        assertThat(body.patch("name", String::strip)).isEqualTo(FieldPatch.clear());
        assertThat(body.patch("tag", String::strip)).isEqualTo(FieldPatch.set("pro"));
    }

    @Test
    void aWrongTypeIsInvalidJsonNamingTheMemberByItsPath() {
        JsonFields limit =
                fields("{\"limit\":{\"max\":\"big\"}}").fields("limit").orElseThrow();

        assertThatThrownBy(() -> limit.integer("max")).satisfies(e -> {
            assertThat(problemOf(e).code()).isEqualTo("invalid-json");
            assertThat(problemOf(e).field()).isEqualTo("limit.max");
        });
    }

    @Test
    void integersAreWholeNumbersInRange() {
        JsonFields body = fields("{\"a\":42,\"b\":1.5,\"c\":99999999999999999999}");

        assertThat(body.integer("a")).contains(42L);
        assertThatThrownBy(() -> body.integer("b")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> body.integer("c")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        JsonFields body = fields("{\"yes\":true,\"no\":false,\"text\":\"true\"}");

        assertThat(body.bool("yes")).contains(true);
        assertThat(body.bool("no")).contains(false);
        assertThat(body.bool("absent")).isEmpty();
        assertThatThrownBy(() -> body.bool("text")).isInstanceOf(ProblemException.class);
    }

    @Test
    void textListsHoldStringsOnly() {
        JsonFields body = fields("{\"ok\":[\"a\",\"b\"],\"mixed\":[\"a\",1]}");

        assertThat(body.textList("ok")).contains(List.of("a", "b"));
        assertThatThrownBy(() -> body.textList("mixed")).isInstanceOf(ProblemException.class);
    }

    @Test
    void enumValuesAreReadInAnyCaseAndUnknownOnesListTheKnown() {
        JsonFields body = fields("{\"a\":\"Truncate\",\"b\":\"drop\"}");

        assertThat(body.enumValue("a", Overflow.class)).contains(Overflow.TRUNCATE);
        assertThatThrownBy(() -> body.enumValue("b", Overflow.class))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.rule()).isEqualTo("must be one of reject, truncate"));
    }

    @Test
    void aRequiredTextThatIsMissingIsAnInvalidField() {
        assertThatThrownBy(() -> fields("{}").requiredText("name"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void aValueParsedForAMemberThatBreaksItsRuleIsNamedByTheMembersPath() {
        JsonFields data = fields("{\"data\":{\"mail\":\"x\"}}").fields("data").orElseThrow();

        assertThatThrownBy(() -> data.text("mail", text -> {
                    throw new InvalidFieldException("email", "must have an '@'");
                }))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("data.mail");
                    assertThat(e.rule()).isEqualTo("must have an '@'");
                });
    }

    @Test
    void aNestedFieldBelowTheMemberKeepsItsPathUnderTheMembersName() {
        JsonFields body = fields("{}");

        assertThatThrownBy(() -> body.asMember("user_metadata", () -> {
                    throw new InvalidFieldException("metadata.address", "must be nested at most 16 levels deep");
                }))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("user_metadata.address"));
    }

    @Test
    void aPatchNamesTheMemberWhenItsValueBreaksItsRule() {
        JsonFields body = fields("{\"avatar\":\"x\"}");

        assertThatThrownBy(() -> body.patch("avatar", text -> {
                    throw new InvalidFieldException("avatarUrl", "must be an absolute http(s) URL");
                }))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("avatar"));
    }
}
