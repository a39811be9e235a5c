-- What people are to be told of, written in the same transaction as the change itself, so a
-- crash after the commit cannot lose it. A notice is turned into e-mail (one per person, in
-- their language, through the outbox) and then marked done; the outbox's keys make a notice
-- turned into mail twice send each mail once.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    subject_id BIGINT NOT NULL,
    detail TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    done_at BIGINT
);
CREATE INDEX ix_notices_pending ON notices (done_at, id);
