-- A change counter per organisation. Every write that changes what an organisation's gap
-- facts are built from raises it in the same transaction and stamps its audit and holding
-- history rows with the new value; the row lock makes the values follow commit order, so a
-- reader that has seen version V has seen every change stamped up to V.
CREATE TABLE org_versions (
    organisation_id BIGINT NOT NULL PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    version BIGINT NOT NULL
);
INSERT INTO org_versions (organisation_id, version) SELECT id, 0 FROM organisations;
ALTER TABLE audit_log ADD COLUMN version BIGINT;
ALTER TABLE holding_events ADD COLUMN version BIGINT;
CREATE INDEX ix_audit_log_org_version ON audit_log (organisation_id, version);
CREATE INDEX ix_holding_events_org_version ON holding_events (organisation_id, version);
