package visitoridentity.bootstrap;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Whether a command the tests run is installed. */
public final class Executables {
    private static final Pattern PATH_SEPARATOR = Pattern.compile(Pattern.quote(File.pathSeparator));

    private Executables() {}

    /** True when the command is an executable file, or a name found on the PATH. */
    public static boolean installed(String command) {
        if (Path.of(command).isAbsolute()) {
            return Files.isExecutable(Path.of(command));
        }
        for (String directory : PATH_SEPARATOR.split(System.getenv().getOrDefault("PATH", ""), -1)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
