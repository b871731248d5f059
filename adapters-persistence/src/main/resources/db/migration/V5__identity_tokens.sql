-- Identity tokens: how each workspace takes them, the public keys it registers, and the ids of the
-- tokens already used.
--
-- The token policy: the longest lifetime a token may have (exp after iat), whether only tokens
-- signed with the workspace's public keys prove anything (then its HMAC keys prove nothing and mint
-- nothing), and the URL of its backend's JWKS, if any.
ALTER TABLE workspaces ADD COLUMN max_token_lifetime_seconds bigint NOT NULL DEFAULT 3600;
ALTER TABLE workspaces ADD COLUMN public_keys_only boolean NOT NULL DEFAULT FALSE;
ALTER TABLE workspaces ADD COLUMN jwks_url varchar(2048);
ALTER TABLE workspaces ADD CONSTRAINT workspaces_max_token_lifetime
    CHECK (max_token_lifetime_seconds BETWEEN 1 AND 86400);

-- A public key as the JSON Web Key it was registered with; position keeps the registration order.
-- Public material only: a leaked database cannot mint an identity with it.
CREATE TABLE workspace_public_keys (
    workspace_id ${opaque_id}             NOT NULL,
    kid          varchar(64)              NOT NULL,
    position     bigint                   NOT NULL,
    jwk          varchar(8192)            NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    CONSTRAINT workspace_public_keys_pk PRIMARY KEY (workspace_id, kid),
    CONSTRAINT workspace_public_keys_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);

-- The jti of every identity token used, kept until the token has expired (expires_at already counts
-- the clock skew a verifier allows); every instance sees every use, and the primary key lets only one
-- of two concurrent first uses win.
CREATE TABLE used_token_ids (
    workspace_id ${opaque_id}             NOT NULL,
    jti          varchar(255)             NOT NULL,
    expires_at   timestamp with time zone NOT NULL,
    CONSTRAINT used_token_ids_pk PRIMARY KEY (workspace_id, jti),
    CONSTRAINT used_token_ids_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);

CREATE INDEX used_token_ids_by_expiry ON used_token_ids (expires_at);
