-- Sessions: the visitor token's lifecycle.
--
-- An anonymous id's token_hash stays its one live visitor token (null when it has none: never
-- handed one, logged out, revoked). Each live token now carries when it was issued (the session's
-- absolute limit counts from there) and when it was last used (the idle limit; written at most once
-- a minute per token). Tokens live before this migration count both from the migration.
ALTER TABLE anonymous_ids ADD COLUMN token_issued_at timestamp with time zone;
ALTER TABLE anonymous_ids ADD COLUMN token_used_at timestamp with time zone;
UPDATE anonymous_ids SET token_issued_at = CURRENT_TIMESTAMP, token_used_at = CURRENT_TIMESTAMP
    WHERE token_hash IS NOT NULL;
ALTER TABLE anonymous_ids ADD CONSTRAINT anonymous_ids_live_token_times CHECK (
    (token_hash IS NULL AND token_issued_at IS NULL AND token_used_at IS NULL)
    OR (token_hash IS NOT NULL AND token_issued_at IS NOT NULL AND token_used_at IS NOT NULL));

-- A token that stopped working, remembered by its hash alone (nothing that names a person, so an
-- erased visitor's tokens stay here), so that its later use is answered session-revoked rather
-- than as a token never seen.
CREATE TABLE revoked_visitor_tokens (
    workspace_id ${opaque_id}             NOT NULL,
    token_hash   varchar(64)              NOT NULL,
    reason       varchar(16)              NOT NULL,
    revoked_at   timestamp with time zone NOT NULL,
    CONSTRAINT revoked_visitor_tokens_pk PRIMARY KEY (workspace_id, token_hash),
    CONSTRAINT revoked_visitor_tokens_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
    CONSTRAINT revoked_visitor_tokens_reason CHECK (reason IN ('LOGOUT', 'ADMIN', 'ROTATION', 'ERASURE'))
);
