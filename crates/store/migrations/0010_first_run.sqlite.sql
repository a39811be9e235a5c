-- The first run and networks that grow: the municipality number, when an organisation chose
-- its competence catalogue, invitations into a network, and the one-time set-up links.
ALTER TABLE organisations ADD COLUMN municipality_number TEXT;
ALTER TABLE organisations ADD COLUMN catalogue_chosen_at BIGINT;
CREATE TABLE network_invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    network_id BIGINT NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    answered_by TEXT,
    answered_at BIGINT
);
-- One open invitation per network and organisation.
CREATE UNIQUE INDEX uq_network_invitations_pending ON network_invitations (network_id, organisation_id) WHERE state = 'pending';
CREATE INDEX ix_network_invitations_org ON network_invitations (organisation_id, state);
-- Only a hash of each link is kept; a used link stays, so set-up is done for good.
CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
