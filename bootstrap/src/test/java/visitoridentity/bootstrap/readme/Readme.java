package visitoridentity.bootstrap.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's README.md, read the way the tests that hold it to the code need it. */
public final class Readme {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\n");

    private final String text;

    private Readme(String text) {
        this.text = text;
    }

    /** The README at the root of the project (the tests run in the bootstrap module's directory). */
    public static Readme ofProject() {
        return ofProjectFile("README.md");
    }

    /** Another Markdown file of the project, by its path from the project's root ({@code docs/dialects.md}). */
    public static Readme ofProjectFile(String path) {
        try {
            return new Readme(Files.readString(Path.of("..").resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    /** The text from a {@code ## heading} line to the next heading of that level or higher. */
    public Readme section(String heading) {
        Matcher start =
                Pattern.compile("(?m)^(#+) " + Pattern.quote(heading) + "\\s*$").matcher(text);
        if (!start.find()) {
            throw new IllegalArgumentException("README.md has no heading '" + heading + "'");
        }
        int level = start.group(1).length();
        Matcher next = Pattern.compile("(?m)^#{1," + level + "} ").matcher(text);
        int end = next.find(start.end()) ? next.start() : text.length();
        return new Readme(text.substring(start.start(), end));
    }

    /** The contents of the fenced code blocks tagged with the language, in order. */
    public List<String> codeBlocks(String language) {
        List<String> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (fence.group(1).equals(language)) {
                blocks.add(fence.group(2));
            }
        }
        return blocks;
    }

    /** The one code block of the language in this text. */
    public String codeBlock(String language) {
        List<String> blocks = codeBlocks(language);
        if (blocks.size() != 1) {
            throw new IllegalStateException("expected one " + language + " block, found " + blocks.size());
        }
        return blocks.get(0);
    }
}
