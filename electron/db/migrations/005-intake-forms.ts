// Intake forms. A form is a draft until signed; a signed form is locked: the trigger below
// refuses any UPDATE of it except the two changes the app makes on purpose (a client merge
// moving it to the kept record, and erasing it on the client's request), and refuses its
// DELETE. A change after signing is a new row, version n+1, linked to the one before.
// Erasing keeps what the form was and when (id, client, version, dates, how it was signed)
// and drops the content (answers, consent, signatures, flags).
//
// Content is JSON checked by the service (shared/api/intake.ts schemas); the columns the
// lists and the renewal query need (status, dates, flags) are plain columns.
import type { Migration } from './types';

const isoTime = (col: string, nullable = true) =>
  `${col} TEXT ${nullable ? '' : 'NOT NULL'} CHECK (${col} IS NULL OR ${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')`;

const sql = `
CREATE TABLE intake_forms (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  previous_id INTEGER REFERENCES intake_forms (id),
  template_version INTEGER NOT NULL CHECK (template_version >= 1),
  lang TEXT NOT NULL CHECK (lang IN ('ko', 'en')),      -- the client's language: what they read and signed
  status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'erased')),
  answers TEXT CHECK (answers IS NULL OR json_valid(answers)),
  consent TEXT CHECK (consent IS NULL OR json_valid(consent)),
  signing TEXT CHECK (signing IS NULL OR json_valid(signing)),
  flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
  method TEXT CHECK (method IN ('screen', 'paper')),   -- how it was signed
  ${isoTime('created_at', false)},
  ${isoTime('updated_at', false)},
  ${isoTime('signed_at')},
  signed_on TEXT CHECK (signed_on IS NULL OR signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), -- the desk's local date
  ${isoTime('erased_at')},
  CHECK (status <> 'draft' OR (signed_at IS NULL AND signed_on IS NULL AND erased_at IS NULL AND answers IS NOT NULL)),
  CHECK (status <> 'signed' OR (signed_at IS NOT NULL AND signed_on IS NOT NULL AND method IS NOT NULL
                                AND answers IS NOT NULL AND consent IS NOT NULL AND signing IS NOT NULL AND erased_at IS NULL)),
  CHECK (status <> 'erased' OR (erased_at IS NOT NULL AND answers IS NULL AND consent IS NULL AND signing IS NULL AND flags = '[]'))
) STRICT;

-- A client's forms, newest first; the latest signed form per client (renewals).
CREATE INDEX intake_forms_by_client ON intake_forms (client_id, id);
CREATE INDEX intake_forms_signed ON intake_forms (client_id, signed_on) WHERE status = 'signed';

CREATE TRIGGER intake_forms_locked BEFORE UPDATE ON intake_forms
WHEN old.status <> 'draft' AND NOT (
  -- a merge: the form moves to the kept client, nothing else changes
  (new.id = old.id AND new.version = old.version AND new.previous_id IS old.previous_id
   AND new.template_version = old.template_version AND new.lang = old.lang AND new.status = old.status
   AND new.answers IS old.answers AND new.consent IS old.consent AND new.signing IS old.signing
   AND new.flags = old.flags AND new.method IS old.method AND new.created_at = old.created_at
   AND new.updated_at = old.updated_at AND new.signed_at IS old.signed_at AND new.signed_on IS old.signed_on
   AND new.erased_at IS old.erased_at)
  OR
  -- erasing on request: signed -> erased, the content gone, what and when kept
  (old.status = 'signed' AND new.status = 'erased'
   AND new.id = old.id AND new.client_id = old.client_id AND new.version = old.version
   AND new.previous_id IS old.previous_id AND new.template_version = old.template_version AND new.lang = old.lang
   AND new.method IS old.method AND new.created_at = old.created_at AND new.signed_at IS old.signed_at
   AND new.signed_on IS old.signed_on AND new.answers IS NULL AND new.consent IS NULL AND new.signing IS NULL)
)
BEGIN
  SELECT RAISE(ABORT, 'intake form is signed and locked');
END;

CREATE TRIGGER intake_forms_kept BEFORE DELETE ON intake_forms
WHEN old.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'intake form is signed and kept');
END;
`;

export const migration005: Migration = {
  version: 5,
  name: '005-intake-forms',
  up(db) {
    db.exec(sql);
  },
};
