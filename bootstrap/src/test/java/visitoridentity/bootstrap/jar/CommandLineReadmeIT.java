package visitoridentity.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import visitoridentity.bootstrap.readme.Readme;

/**
 * The README's lines for the command line beside a running server, run by bash from the project's
 * root as printed, with the runnable jar on H2. Only what this test owns is replaced: the HTTP port
 * (8080 becomes a free one, which the server is given in the environment, as is a data directory of
 * the test's own). Runs after {@code package}, as a failsafe test.
 */
class CommandLineReadmeIT {
    @TempDir
    Path directory;

    @Test
    void theCommandsGoThroughTheRunningServerWhileItHoldsTheH2File() throws Exception {
        String printed = Readme.ofProject().section("Command line").codeBlock("sh");
        int httpPort = freePort();
        String script = printed.replace("8080", Integer.toString(httpPort));
        assertThat(script).contains("--server http://localhost:" + httpPort);

        ProcessBuilder builder = new ProcessBuilder(
                        "setsid",
                        "bash",
                        "-e",
                        Files.writeString(directory.resolve("cli.sh"), script).toString())
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("VISITOR_IDENTITY_"));
        builder.environment()
                .put("VISITOR_IDENTITY_DATA_DIR", directory.resolve("data").toString());
        builder.environment().put("VISITOR_IDENTITY_PORT", Integer.toString(httpPort));
        Process shell = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(shell));
        boolean ended;
        try {
            ended = shell.waitFor(300, TimeUnit.SECONDS);
        } finally {
            // The server started in the background holds the output open until it stops.
            stopProcessGroup(shell.pid());
        }
        String printedByTheLines = output.get(30, TimeUnit.SECONDS);

        assertThat(ended).as(printedByTheLines).isTrue();
        assertThat(shell.exitValue()).as(printedByTheLines).isZero();
        assertThat(printedByTheLines)
                .containsPattern("Created workspace ws_\\w+\\. Its secrets are shown this once")
                .containsPattern("(?m)^ws_\\w+ +disabled +Blog$");
    }

    /** setsid made the shell the leader of its own process group: the server it started is in it. */
    private static void stopProcessGroup(long leader) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-TERM", "--", String.format("-%d", leader))
                .redirectErrorStream(true)
                .start();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return String.format("(output closed: %s)", e.getMessage());
        }
    }
}
