// The call log. A saved quote is a snapshot (JSON), never joined to the live catalog: prices
// and names change, an old call must show what the caller was told.
import type { Migration } from './types';

const sql = `
CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,                 -- ISO 8601 UTC, e.g. 2026-03-02T05:04:00.000Z
  kind TEXT NOT NULL CHECK (kind IN ('session', 'enrollment')),
  caller_name TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',           -- as typed
  phone_e164 TEXT,                          -- null when not a valid number
  email TEXT NOT NULL DEFAULT '',
  quote_lang TEXT NOT NULL CHECK (quote_lang IN ('ko', 'en')),
  outcome TEXT NOT NULL CHECK (outcome IN ('booked', 'thinking', 'declined', 'no-answer')),
  follow_up TEXT CHECK (follow_up GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  total INTEGER NOT NULL CHECK (total >= 0),
  summary_ko TEXT NOT NULL,
  summary_en TEXT NOT NULL,
  -- what text search looks in: name, phone digits, email, service names (ko + en), note;
  -- one field per line so a match never spans two fields
  search_text TEXT NOT NULL,
  saved_quote TEXT NOT NULL CHECK (json_valid(saved_quote))
) STRICT;

-- Newest first is ORDER BY id DESC (ids are given in recording order), so the plain list
-- walks the rowid backwards and stops at LIMIT. These serve the filters.
CREATE INDEX calls_by_created ON calls (created_at);
CREATE INDEX calls_by_outcome ON calls (outcome);
CREATE INDEX calls_by_follow_up ON calls (follow_up) WHERE follow_up IS NOT NULL;
CREATE INDEX calls_by_phone ON calls (phone_e164) WHERE phone_e164 IS NOT NULL;

-- Trigram full-text index over search_text: substring search that works for Korean (no
-- word breaks needed) and for digit runs such as the last 4 digits of a phone number.
CREATE VIRTUAL TABLE calls_fts USING fts5(
  search_text,
  content = 'calls',
  content_rowid = 'id',
  tokenize = 'trigram'
);

CREATE TRIGGER calls_fts_insert AFTER INSERT ON calls BEGIN
  INSERT INTO calls_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER calls_fts_delete AFTER DELETE ON calls BEGIN
  INSERT INTO calls_fts (calls_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER calls_fts_update AFTER UPDATE OF search_text ON calls BEGIN
  INSERT INTO calls_fts (calls_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO calls_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
`;

export const migration002: Migration = {
  version: 2,
  name: '002-calls',
  up(db) {
    db.exec(sql);
  },
};
