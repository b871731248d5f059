-- Trust model, second edition.
--
-- Every signing key gets a kid, unique in its workspace: key-1, key-2, ... in the order the keys were
-- made (the active key, at position 0, is the newest).
ALTER TABLE signing_keys ADD COLUMN kid varchar(64);
UPDATE signing_keys SET kid = 'key-' || CAST(
    (SELECT MAX(newer.position) FROM signing_keys newer WHERE newer.workspace_id = signing_keys.workspace_id)
    - position + 1 AS varchar(20));
ALTER TABLE signing_keys ALTER COLUMN kid SET NOT NULL;
CREATE UNIQUE INDEX signing_keys_kid_unique ON signing_keys (workspace_id, kid);

-- A verified claim keeps how it was proven: '<scheme> <kid or -> <instant>' (see StoredProvenance).
-- A claim verified before this version has none: it reads as proven by the 'first-edition' scheme
-- when its row was last updated.
ALTER TABLE visitors ADD COLUMN external_id_proof varchar(300);
ALTER TABLE visitors ADD COLUMN email_proof varchar(300);
ALTER TABLE visitors ADD COLUMN phone_proof varchar(300);

-- A workspace may answer only some vendor dialects: null answers every one the server ships, else
-- the names it answers, comma-separated. Each visitor keeps at most max_devices_per_visitor devices.
ALTER TABLE workspaces ADD COLUMN dialects varchar(1000);
ALTER TABLE workspaces ADD COLUMN max_devices_per_visitor integer DEFAULT 100 NOT NULL;
