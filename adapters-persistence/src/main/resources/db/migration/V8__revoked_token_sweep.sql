-- The sweep that forgets revoked visitor tokens once they would have expired anyway: it reads the
-- oldest revocations first, so they are indexed by when they happened.
CREATE INDEX revoked_visitor_tokens_by_time ON revoked_visitor_tokens (revoked_at);
