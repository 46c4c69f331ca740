// The clinic network (docs/network.md): paired devices, the hub's sharing settings, and the
// write log that records which device made each write. Pairing codes are not stored: they
// live 5 minutes in the hub's memory (a restart simply cancels one).
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: '008-devices',
  up(db) {
    db.exec(`
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
        role TEXT NOT NULL CHECK (role IN ('desk', 'therapist')),
        -- SHA-256 (hex) of the 256-bit credential; the credential itself is never stored.
        credential_hash TEXT NOT NULL UNIQUE CHECK (length(credential_hash) = 64),
        created_at TEXT NOT NULL,
        last_seen_at TEXT,
        last_address TEXT,
        -- A revoked device is kept (the write log names it) but refused at once.
        revoked_at TEXT
      ) STRICT;

      -- One row: whether this PC shares its data on the clinic network, and on which port.
      CREATE TABLE network_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sharing INTEGER NOT NULL DEFAULT 0 CHECK (sharing IN (0, 1)),
        port INTEGER NOT NULL DEFAULT 47820 CHECK (port BETWEEN 1024 AND 65535)
      ) STRICT;
      INSERT INTO network_settings (id) VALUES (1);

      -- Every successful write channel, in the same transaction as the write: who (NULL =
      -- the hub's own user), when, which channel, which record. Never any content.
      CREATE TABLE write_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        device_id INTEGER REFERENCES devices (id),
        channel TEXT NOT NULL,
        record_id INTEGER
      ) STRICT;
      CREATE INDEX write_log_device ON write_log (device_id, at) WHERE device_id IS NOT NULL;
    `);
  },
};
