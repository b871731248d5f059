package visitoridentity.adapters.http.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A file served as it is, with an ETag that changes whenever its bytes do. */
record StaticFile(byte[] bytes, String contentType, String etag) {

    /** Reads a classpath resource once; a missing one stops the server at start, naming it. */
    static StaticFile fromClasspath(String resource, String contentType) {
        try (InputStream in = StaticFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return new StaticFile(bytes, contentType, etagOf(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when an {@code If-None-Match} value names this version (or is {@code *}). */
    boolean matches(String ifNoneMatch) {
        for (String tag : ifNoneMatch.split(",", -1)) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
