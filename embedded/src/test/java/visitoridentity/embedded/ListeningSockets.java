package visitoridentity.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TCP ports this JVM listens on, from Linux's {@code /proc}: the sockets among the process's
 * open files, matched with the listening entries of {@code /proc/net/tcp} and {@code tcp6}.
 */
final class ListeningSockets {
    private static final String LISTEN = "0A";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ListeningSockets() {}

    static boolean available() {
        return Files.isDirectory(Path.of("/proc/self/fd")) && Files.isReadable(Path.of("/proc/net/tcp"));
    }

    static Set<Integer> ofThisProcess() {
        Set<String> socketInodes = socketInodes();
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = lines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = WHITESPACE.split(line.trim(), -1);
                if (columns[3].equals(LISTEN) && socketInodes.contains(columns[9])) {
                    String localAddress = columns[1];
                    ports.add(Integer.parseInt(localAddress.substring(localAddress.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while we listed them cannot be a listening socket of interest
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
