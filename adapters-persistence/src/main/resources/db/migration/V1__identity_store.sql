-- The identity store: workspaces, their signing keys, contacts, visitors and the anonymous ids
-- (devices) that resolve to them. One schema for H2 and PostgreSQL.
--
-- Every table is keyed by workspace first, and every reference between rows carries the workspace:
-- each look-up names its workspace, and no row can point at another workspace's row.
--
-- Two placeholders differ by database (see Schema.java):
--   ${opaque_id}         a generated id (1 to 64 of [A-Za-z0-9_-]), compared byte by byte so that
--                        visitors page in the same order on every database
--   ${metadata_as_json}  the metadata column again as the database's JSON type (jsonb on
--                        PostgreSQL), computed by the database, for SQL queries and indexes

CREATE TABLE workspaces (
    id                ${opaque_id}             NOT NULL,
    name              varchar(1000)            NOT NULL,
    verification_mode varchar(16)              NOT NULL,
    metadata_max      bigint                   NOT NULL,
    metadata_unit     varchar(16)              NOT NULL,
    metadata_overflow varchar(16)              NOT NULL,
    admin_key_hash    varchar(64)              NOT NULL,
    created_at        timestamp with time zone NOT NULL,
    CONSTRAINT workspaces_pk PRIMARY KEY (id),
    CONSTRAINT workspaces_verification_mode CHECK (verification_mode IN ('DISABLED', 'OPTIONAL', 'REQUIRED')),
    CONSTRAINT workspaces_metadata_unit CHECK (metadata_unit IN ('BYTES', 'CHARACTERS')),
    CONSTRAINT workspaces_metadata_overflow CHECK (metadata_overflow IN ('REJECT', 'TRUNCATE'))
);

-- An empty list allows every origin.
CREATE TABLE workspace_allowed_origins (
    workspace_id ${opaque_id}  NOT NULL,
    position     integer       NOT NULL,
    origin       varchar(2048) NOT NULL,
    CONSTRAINT workspace_allowed_origins_pk PRIMARY KEY (workspace_id, position),
    CONSTRAINT workspace_allowed_origins_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);

-- Position 0 is the active key; the previous keys follow, each verifying until valid_until.
-- The secret is held in clear: HMACs need it. SigningKeyRepository is the seam for encrypting it
-- at rest.
CREATE TABLE signing_keys (
    workspace_id ${opaque_id}             NOT NULL,
    position     integer                  NOT NULL,
    active       boolean                  NOT NULL,
    secret       varchar(4096)            NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    valid_until  timestamp with time zone,
    CONSTRAINT signing_keys_pk PRIMARY KEY (workspace_id, position),
    CONSTRAINT signing_keys_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
    CONSTRAINT signing_keys_first_is_active CHECK (active = (position = 0))
);

-- One contact per (workspace, normalized email).
CREATE TABLE contacts (
    workspace_id ${opaque_id}             NOT NULL,
    id           ${opaque_id}             NOT NULL,
    email        varchar(1024)            NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    CONSTRAINT contacts_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT contacts_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
    CONSTRAINT contacts_email_unique UNIQUE (workspace_id, email)
);

-- external_id holds the claim whatever its trust; trusted_external_id holds it again only when it
-- is trusted (VERIFIED or TRUSTED), and only that column is unique per workspace: any number of
-- visitors may carry the same unverified claim.
-- metadata is the compact JSON text exactly as the domain wrote it (key order and the spelling of
-- numbers are part of its size); metadata_json is derived from it.
-- version guards every update: UPDATE ... WHERE version = ? (optimistic concurrency).
CREATE TABLE visitors (
    workspace_id        ${opaque_id}             NOT NULL,
    id                  ${opaque_id}             NOT NULL,
    external_id         varchar(1024),
    external_id_trust   varchar(16),
    trusted_external_id varchar(1024),
    email               varchar(1024),
    email_trust         varchar(16),
    phone               varchar(32),
    phone_trust         varchar(16),
    name                varchar(1024),
    avatar_url          varchar(4096),
    tag                 varchar(1024),
    metadata            text                     NOT NULL,
    metadata_json       ${metadata_as_json},
    contact_id          ${opaque_id},
    created_at          timestamp with time zone NOT NULL,
    updated_at          timestamp with time zone NOT NULL,
    last_seen_at        timestamp with time zone NOT NULL,
    version             bigint                   NOT NULL,
    CONSTRAINT visitors_pk PRIMARY KEY (workspace_id, id),
    CONSTRAINT visitors_workspace FOREIGN KEY (workspace_id) REFERENCES workspaces (id),
    CONSTRAINT visitors_contact FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id),
    CONSTRAINT visitors_external_id_trust CHECK (external_id_trust IN ('VERIFIED', 'TRUSTED', 'UNVERIFIED')),
    CONSTRAINT visitors_email_trust CHECK (email_trust IN ('VERIFIED', 'TRUSTED', 'UNVERIFIED')),
    CONSTRAINT visitors_phone_trust CHECK (phone_trust IN ('VERIFIED', 'TRUSTED', 'UNVERIFIED')),
    CONSTRAINT visitors_trusted_external_id_is_the_claim CHECK (
        trusted_external_id IS NULL
        OR (trusted_external_id = external_id AND external_id_trust IN ('VERIFIED', 'TRUSTED')))
);

CREATE UNIQUE INDEX visitors_trusted_external_id_unique ON visitors (workspace_id, trusted_external_id);
CREATE INDEX visitors_by_external_id ON visitors (workspace_id, external_id, id);
CREATE INDEX visitors_by_email ON visitors (workspace_id, email, id);
CREATE INDEX visitors_by_contact ON visitors (workspace_id, contact_id);

-- One row per anonymous id: the visitor it resolves to and the hash (SHA-256, hex) of its visitor
-- token, null for an id that was never handed a token. stored_order lists a visitor's anonymous ids
-- in the order they were first stored.
CREATE TABLE anonymous_ids (
    workspace_id ${opaque_id} NOT NULL,
    anonymous_id ${opaque_id} NOT NULL,
    visitor_id   ${opaque_id} NOT NULL,
    token_hash   varchar(64),
    stored_order bigint GENERATED BY DEFAULT AS IDENTITY,
    CONSTRAINT anonymous_ids_pk PRIMARY KEY (workspace_id, anonymous_id),
    CONSTRAINT anonymous_ids_visitor FOREIGN KEY (workspace_id, visitor_id) REFERENCES visitors (workspace_id, id)
);

CREATE UNIQUE INDEX anonymous_ids_token_unique ON anonymous_ids (workspace_id, token_hash);
CREATE INDEX anonymous_ids_by_visitor ON anonymous_ids (workspace_id, visitor_id, stored_order);
