-- The console's visitor search by name prefix (case-insensitive): name_key is the name lower-cased,
-- computed by the database, and indexed per workspace so that a prefix is a range scan.
--
-- One placeholder differs by database (see Database.java):
--   ${name_key}  the generated column; on PostgreSQL under the "C" collation, whose byte order lets
--                a btree index serve LIKE 'prefix%'

ALTER TABLE visitors ADD COLUMN name_key ${name_key};

CREATE INDEX visitors_by_name_key ON visitors (workspace_id, name_key, id);
