-- Each device (anonymous id) is stamped when it is last seen, so that a visitor over its workspace's
-- max_devices_per_visitor loses the device seen longest ago. Existing devices start at the time of
-- this migration; the index serves "the oldest devices of this visitor".
ALTER TABLE anonymous_ids ADD COLUMN last_seen_at timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL;

CREATE INDEX anonymous_ids_visitor_last_seen ON anonymous_ids (workspace_id, visitor_id, last_seen_at);
