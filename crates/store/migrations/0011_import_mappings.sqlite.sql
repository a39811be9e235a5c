-- Column mappings for layouts Saman does not recognise: kept per organisation under a name,
-- and the mapping a previewed file was read with, so that applying it reads it the same way.
ALTER TABLE import_drafts ADD COLUMN mapping TEXT;
CREATE TABLE import_mappings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    columns TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX uq_import_mappings_name ON import_mappings (organisation_id, name);
