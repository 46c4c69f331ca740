// A prescription is the physician's document as the clinic received it: once recorded it is
// never changed. The services only ever say which prescription replaced it (`replaced_by`,
// once) and, in a merge of two client records, move it to the kept one (`client_id`);
// `updated_at` follows either. This trigger holds that for raw SQL too, as
// `intake_forms_locked` does for signed forms. Erasure on request deletes the rows (010), which
// stays possible.
import type { Migration } from './types';

/** Every column that is part of what the physician wrote, or of when it was recorded. */
const AS_WRITTEN = [
  'id', 'issued_on', 'expires_on', 'prescriber_name', 'prescriber_license', 'prescriber_clinic', 'prescriber_phone',
  'diagnoses', 'areas', 'sessions', 'per_week', 'max_minutes', 'note', 'scan_file', 'scan_type', 'scan_bytes', 'created_at',
];

const sql = `
CREATE TRIGGER prescriptions_as_written BEFORE UPDATE ON prescriptions
WHEN NOT (${AS_WRITTEN.map((c) => `new.${c} IS old.${c}`).join(' AND ')})
  OR (old.replaced_by IS NOT NULL AND new.replaced_by IS NOT old.replaced_by)
BEGIN
  SELECT RAISE(ABORT, 'prescription is kept as written');
END;
`;

export const migration012: Migration = {
  version: 12,
  name: '012-prescriptions-as-written',
  up(db) {
    db.exec(sql);
  },
};
