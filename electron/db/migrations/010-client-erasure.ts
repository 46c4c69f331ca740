// Erasing a client on request (PIPA's right to deletion; issue 8). The client row stays as a
// tombstone so the calls' quotes (the business's own record) keep a client id without an
// identity: `erased_at` says when, `erased_counts` how many records of each kind were erased
// (counts only, never content). Scan files are deleted after the erase commits; the files
// still to delete wait in `scan_deletions`, so a crash in between leaves a name to retry at
// the next start, never a lost row. Triggers keep a tombstone as it is and refuse new health
// records for an erased client (the services refuse first; this guards raw SQL too).
import type { Migration } from './types';

const isoTime = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;

/** Every column of clients a tombstone keeps as it is; only merged_into may still change (a
 *  merge flattens `merged_into` chains onto the kept record). */
const KEPT = [
  'id', 'name', 'phone', 'email', 'birth_date', 'lang', 'address', 'emergency_name', 'emergency_phone',
  'emergency_relationship', 'note', 'created_at', 'updated_at', 'archived_at', 'search_text', 'erased_at', 'erased_counts',
];

const HEALTH_TABLES = ['intake_forms', 'prescriptions', 'visits', 'policies'];

const notForErased = (table: string) => `
CREATE TRIGGER ${table}_not_for_erased_insert BEFORE INSERT ON ${table}
WHEN (SELECT erased_at FROM clients WHERE id = new.client_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'client is erased');
END;
CREATE TRIGGER ${table}_not_for_erased_move BEFORE UPDATE OF client_id ON ${table}
WHEN new.client_id IS NOT old.client_id AND (SELECT erased_at FROM clients WHERE id = new.client_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'client is erased');
END;`;

const sql = `
ALTER TABLE clients ADD COLUMN erased_at TEXT CHECK (erased_at IS NULL OR erased_at ${isoTime});
ALTER TABLE clients ADD COLUMN erased_counts TEXT
  CHECK ((erased_counts IS NULL) = (erased_at IS NULL) AND (erased_counts IS NULL OR json_type(erased_counts) = 'object'));

CREATE TABLE scan_deletions (
  file TEXT PRIMARY KEY CHECK (file <> '' AND file NOT GLOB '*[/\\]*' AND file NOT GLOB '.*'), -- a name in scans/
  erased_at TEXT NOT NULL CHECK (erased_at ${isoTime})
) STRICT;

CREATE TRIGGER clients_erased_kept BEFORE UPDATE ON clients
WHEN old.erased_at IS NOT NULL AND NOT (${KEPT.map((c) => `new.${c} IS old.${c}`).join(' AND ')})
BEGIN
  SELECT RAISE(ABORT, 'client is erased');
END;
CREATE TRIGGER clients_erased_not_deleted BEFORE DELETE ON clients
WHEN old.erased_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'client is erased');
END;
${HEALTH_TABLES.map(notForErased).join('\n')}
`;

export const migration010: Migration = {
  version: 10,
  name: '010-client-erasure',
  up(db) {
    db.exec(sql);
  },
};
