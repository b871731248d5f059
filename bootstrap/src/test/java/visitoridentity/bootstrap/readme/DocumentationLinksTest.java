package visitoridentity.bootstrap.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's documentation stands alone: every relative link of the README, the other Markdown
 * files at the root and docs/*.md reaches a file of the repository, and its {@code #anchor} a
 * heading of that file (as GitHub makes anchors); no page points at a contract kept outside.
 */
class DocumentationLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+?)\\s*$");
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{N} _-]");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> root = Files.list(ROOT);
                Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(root, docs).filter(path -> path.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyRelativeLinkReachesAFileAndAHeadingOfTheRepository(Path page) {
        Matcher link = LINK.matcher(prose(page));
        while (link.find()) {
            String target = link.group(1);
            if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                continue; // https:, mailto: and the like leave the repository on purpose
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path resolved =
                    file.isEmpty() ? page : page.getParent().resolve(file).normalize();

            assertThat(resolved).as(page + " links " + target).startsWith(ROOT).exists();
            if (hash >= 0) {
                assertThat(anchors(resolved)).as(page + " links " + target).contains(target.substring(hash + 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noPageCitesAContractKeptOutsideTheRepository(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("../shared").doesNotContain("DESIGN.md").doesNotContain("§");
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
    static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(prose(page));
        while (heading.find()) {
            String slug = NOT_IN_ANCHOR
                    .matcher(heading.group(1).toLowerCase(Locale.ROOT))
                    .replaceAll("")
                    .replace(' ', '-');
            int repeat = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
        }
        return anchors;
    }

    /** The page without its fenced code blocks, whose lines are neither links nor headings. */
    private static String prose(Path page) {
        try {
            return FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() throws IOException {
        Path page = Files.writeString(
                Files.createTempFile("anchors", ".md"),
                "# Choices where DESIGN.md is silent\n## Rep.ai\n## `sign` and the CLI\n## Rep.ai\n");
        try {
            assertThat(anchors(page))
                    .containsExactlyInAnyOrderElementsOf(
                            List.of("choices-where-designmd-is-silent", "repai", "sign-and-the-cli", "repai-1"));
        } finally {
            Files.delete(page);
        }
    }
}
