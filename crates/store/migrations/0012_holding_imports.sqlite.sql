-- What an import changed, one row per person and import: the competences it added or
-- changed, with the values they had before (JSON), so the person's page and the change feed
-- show what changed, when and by which import without a history row per holding.
CREATE TABLE holding_imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    changes TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    at BIGINT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX ix_holding_imports_person ON holding_imports (person_id);
CREATE INDEX ix_holding_imports_org_version ON holding_imports (organisation_id, version);
