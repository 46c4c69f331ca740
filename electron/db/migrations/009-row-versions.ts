// Optimistic concurrency (issue 13, "Working together"): the records two desks edit carry a
// row version. An editing screen sends the version it loaded; the service refuses a save
// whose version is no longer the stored one ('conflict' with the current record) and bumps
// it on every write, in the same transaction. Which records, and why not the others:
// docs/network.md, "Two desks at once". Existing rows start at version 1. Also an index for
// the therapist's list of recent clients (visits by date).
import type { Migration } from './types';

/** The tables whose rows are edited in place from more than one desk. */
export const VERSIONED_TABLES = ['clients', 'intake_forms', 'calls', 'insurance_plans'] as const;

export const migration009: Migration = {
  version: 9,
  name: '009-row-versions',
  up(db) {
    for (const table of VERSIONED_TABLES) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)`);
    }
    // The therapist's "today's and recent clients" reads the visits of the last days of
    // every client: by date, not by client.
    db.exec('CREATE INDEX visits_by_date ON visits (date, client_id)');
  },
};
