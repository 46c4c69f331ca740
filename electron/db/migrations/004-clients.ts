// Clients: one record per person that calls, intake forms, prescriptions and visits hang
// from. Calls get a nullable client_id; calls already saved are attached by phone number,
// one client per distinct valid number (E.164), named after its latest call that gave a
// name. A call whose number was not valid (no E.164) or that had none stays without a
// client: there is nothing reliable to match it on.
import type { Database } from 'better-sqlite3';
import { clientSearchText } from '../../services/clients/search-text';
import type { Migration } from './types';

/** E.164: + then 7 to 15 digits, the first not 0. */
const e164 = (col: string) =>
  `${col} TEXT CHECK (${col} GLOB '+[1-9]*' AND NOT ${col} GLOB '+*[^0-9]*' AND length(${col}) BETWEEN 8 AND 16)`;
const isoDate = (col: string) => `${col} TEXT CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

// Search indexes as for calls (002, 003): a trigram index for 3+ characters (substring:
// names, initials, email, digit runs such as the last 4) and a word-prefix index for 1-2
// characters (김 finds 김민지, Jo finds John; a Korean name's given name is a word too).
const given = (p: string) => `CASE WHEN ${p}name GLOB '[가-힣][가-힣]*' THEN substr(${p}name, 2) ELSE '' END`;

const sql = `
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',            -- one field, as typed (Korean: family name first)
  ${e164('phone')},                         -- null = no number
  email TEXT NOT NULL DEFAULT '',
  ${isoDate('birth_date')},
  lang TEXT NOT NULL CHECK (lang IN ('ko', 'en')), -- their printouts and the sentences read to them
  address TEXT NOT NULL DEFAULT '',
  emergency_name TEXT NOT NULL DEFAULT '',
  ${e164('emergency_phone')},
  emergency_relationship TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,                 -- ISO 8601 UTC
  updated_at TEXT NOT NULL,
  archived_at TEXT,                         -- null = active
  merged_into INTEGER REFERENCES clients (id), -- set when merged into another record (then archived)
  search_text TEXT NOT NULL,
  CHECK (name <> '' OR phone IS NOT NULL),
  CHECK (merged_into IS NULL OR archived_at IS NOT NULL)
) STRICT;

-- One active client per number; archived (and merged) records keep theirs.
CREATE UNIQUE INDEX clients_active_phone ON clients (phone) WHERE phone IS NOT NULL AND archived_at IS NULL;

CREATE VIRTUAL TABLE clients_fts USING fts5(
  search_text,
  content = 'clients',
  content_rowid = 'id',
  tokenize = 'trigram'
);
CREATE VIRTUAL TABLE clients_words USING fts5(
  words,
  given,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, search_text) VALUES (new.id, new.search_text);
  INSERT INTO clients_words (rowid, words, given) VALUES (new.id, new.search_text, ${given('new.')});
END;
CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  DELETE FROM clients_words WHERE rowid = old.id;
END;
CREATE TRIGGER clients_search_update AFTER UPDATE OF id, name, search_text ON clients BEGIN
  INSERT INTO clients_fts (clients_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO clients_fts (rowid, search_text) VALUES (new.id, new.search_text);
  DELETE FROM clients_words WHERE rowid = old.id;
  INSERT INTO clients_words (rowid, words, given) VALUES (new.id, new.search_text, ${given('new.')});
END;

-- A client's calls newest first: the index holds (client_id, id), walked backwards.
ALTER TABLE calls ADD COLUMN client_id INTEGER REFERENCES clients (id);
CREATE INDEX calls_by_client ON calls (client_id) WHERE client_id IS NOT NULL;
`;

type PhoneGroup = { phone: string; name: string | null; email: string | null; lang: 'ko' | 'en'; first: string; last: string };

/** One client per distinct valid number, in the order of their first call. */
function attachExistingCalls(db: Database): void {
  const groups = db
    .prepare(
      `SELECT c.phone_e164 AS phone,
         (SELECT x.caller_name FROM calls x WHERE x.phone_e164 = c.phone_e164 AND x.caller_name <> '' ORDER BY x.id DESC LIMIT 1) AS name,
         (SELECT x.email FROM calls x WHERE x.phone_e164 = c.phone_e164 AND x.email <> '' ORDER BY x.id DESC LIMIT 1) AS email,
         (SELECT x.quote_lang FROM calls x WHERE x.phone_e164 = c.phone_e164 ORDER BY x.id DESC LIMIT 1) AS lang,
         min(c.created_at) AS first, max(c.created_at) AS last
       FROM calls c WHERE c.phone_e164 IS NOT NULL
       GROUP BY c.phone_e164 ORDER BY min(c.id)`,
    )
    .all() as PhoneGroup[];
  const insert = db.prepare(
    `INSERT INTO clients (name, phone, email, lang, created_at, updated_at, search_text)
     VALUES (@name, @phone, @email, @lang, @first, @last, @search_text)`,
  );
  for (const g of groups) {
    const client = { name: g.name ?? '', phone: g.phone, email: g.email ?? '' };
    insert.run({ ...g, ...client, search_text: clientSearchText(client) });
  }
  db.exec(`UPDATE calls SET client_id = (SELECT id FROM clients WHERE clients.phone = calls.phone_e164)
           WHERE phone_e164 IS NOT NULL`);
}

export const migration004: Migration = {
  version: 4,
  name: '004-clients',
  up(db) {
    db.exec(sql);
    attachExistingCalls(db);
  },
};
