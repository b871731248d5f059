package visitoridentity.application.port;

import java.time.Instant;

/** The visitors that were started but never identified, for the retention sweep. */
public interface AnonymousVisitorRepository {
    /**
     * Deletes at most {@code limit} visitors that hold nothing but their anonymous ids (no claim,
     * no contact, no profile, no metadata) and were last seen before {@code notSeenSince}, with
     * their anonymous ids and visitor tokens; returns how many. Where several instances share the
     * database only one sweeps at a time: the others delete nothing and return 0.
     */
    int deleteNeverIdentified(Instant notSeenSince, int limit);
}
