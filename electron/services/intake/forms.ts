// A client's intake forms: drafts, signing (which locks the form), new versions after
// signing, erasing on request. Each write is one transaction. What is refused says why in
// codes (intake-locked, intake-incomplete, conflict), never with any of the form's content.
import type { Database } from 'better-sqlite3';
import type { ClientIntake, IntakeDraftInput, IntakeSignInput } from '../../../shared/api/intake';
import { ApiFailure } from '../../../shared/api/result';
import {
  INTAKE_TEMPLATE_VERSION,
  intakeFlags,
  isIntakeDue,
  needsGuardian,
  renewalDueOn,
  unansweredQuestions,
  type IntakeForm,
} from '../../../shared/intake';
import { localDate } from '../../../shared/local-date';
import { prepared } from '../../db/prepared';
import { refuseStale } from '../../db/row-version';
import { getClient, liveClient } from '../clients';
import { formColumns, summaryColumns, toForm, toSummary, type FormRow } from './rows';
import { getIntakeSettings } from './settings';

export function getForm(db: Database, id: number): IntakeForm {
  const row = prepared(db, `SELECT ${formColumns} FROM intake_forms WHERE id = ?`).get(id) as FormRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'intake-form', id });
  return toForm(row);
}

/** The latest signed form of a client (by signing time: after a merge, ids do not say). */
function currentRow(db: Database, clientId: number): FormRow | undefined {
  return prepared(
    db,
    `SELECT ${formColumns} FROM intake_forms WHERE client_id = ? AND status = 'signed' ORDER BY signed_at DESC, id DESC LIMIT 1`,
  ).get(clientId) as FormRow | undefined;
}

function draftRow(db: Database, clientId: number): FormRow | undefined {
  return prepared(db, `SELECT ${formColumns} FROM intake_forms WHERE client_id = ? AND status = 'draft' ORDER BY id DESC LIMIT 1`).get(
    clientId,
  ) as FormRow | undefined;
}

export function clientIntake(db: Database, clientId: number, now: Date): ClientIntake {
  const client = getClient(db, clientId);
  const settings = getIntakeSettings(db);
  const today = localDate(now);
  const current = currentRow(db, clientId);
  const draft = draftRow(db, clientId);
  const history = (
    prepared(db, `SELECT ${summaryColumns} FROM intake_forms WHERE client_id = ? ORDER BY id DESC`).all(clientId) as FormRow[]
  ).map(toSummary);
  const signedOn = current?.signed_on ?? null;
  return {
    client,
    current: current ? toForm(current) : null,
    draft: draft ? toForm(draft) : null,
    history,
    due: isIntakeDue(signedOn, today, settings.renewalMonths),
    dueOn: signedOn ? renewalDueOn(signedOn, settings.renewalMonths) : null,
    guardianNeeded: needsGuardian(client.birthDate, today, settings.guardianAge),
  };
}

/** The draft being edited, checked to be that client's, still a draft, and still the row
 *  version the screen loaded (another desk's save in between: 'conflict' with the draft). */
function openDraft(db: Database, clientId: number, formId: number, expectedVersion: number | undefined): FormRow {
  const row = prepared(db, `SELECT ${formColumns} FROM intake_forms WHERE id = ?`).get(formId) as FormRow | undefined;
  if (!row || row.client_id !== clientId) throw new ApiFailure('not-found', { what: 'intake-form', id: formId });
  if (row.status !== 'draft') throw new ApiFailure('intake-locked', { id: formId, status: row.status });
  refuseStale(toForm(row), expectedVersion ?? 0);
  return row;
}

/** A new form is the next version of the client's forms, linked to the current signed one. */
function insertNew(db: Database, clientId: number, lang: string, answers: string, flags: string, at: string): number {
  // Another desk opened a draft since this screen loaded: the same refusal as a stale save.
  const open = draftRow(db, clientId);
  if (open) throw new ApiFailure('conflict', { reason: 'changed', current: toForm(open) });
  const version = (prepared(db, 'SELECT coalesce(max(version), 0) + 1 FROM intake_forms WHERE client_id = ?').pluck().get(clientId) as number) ?? 1;
  const previous = currentRow(db, clientId)?.id ?? null;
  return Number(
    prepared(
      db,
      `INSERT INTO intake_forms (client_id, version, previous_id, template_version, lang, status, answers, flags, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
    ).run(clientId, version, previous, INTAKE_TEMPLATE_VERSION, lang, answers, flags, at, at).lastInsertRowid,
  );
}

export function saveDraft(db: Database, input: IntakeDraftInput, now: Date): IntakeForm {
  return db
    .transaction(() => {
      liveClient(db, input.clientId);
      const at = now.toISOString();
      const answers = JSON.stringify(input.answers);
      const flags = JSON.stringify(intakeFlags(input.answers));
      if (input.formId === undefined) return getForm(db, insertNew(db, input.clientId, input.lang, answers, flags, at));
      openDraft(db, input.clientId, input.formId, input.expectedVersion);
      prepared(db, 'UPDATE intake_forms SET lang = ?, answers = ?, flags = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(
        input.lang,
        answers,
        flags,
        at,
        input.formId,
      );
      return getForm(db, input.formId);
    })
    .immediate();
}

export function signForm(db: Database, input: IntakeSignInput, now: Date): IntakeForm {
  return db
    .transaction(() => {
      const client = liveClient(db, input.clientId);
      const open = unansweredQuestions(input.answers);
      const settings = getIntakeSettings(db);
      if (needsGuardian(client.birthDate, localDate(now), settings.guardianAge) === true && input.signing.guardian === null) {
        open.push('guardian');
      }
      if (open.length > 0) throw new ApiFailure('intake-incomplete', { questions: open });
      if (input.consent.lang !== input.lang) throw new ApiFailure('invalid-input', { issues: [{ path: 'consent.lang', message: 'must be the form language' }] });
      const at = now.toISOString();
      const answers = JSON.stringify(input.answers);
      const flags = JSON.stringify(intakeFlags(input.answers));
      const id =
        input.formId === undefined
          ? insertNew(db, input.clientId, input.lang, answers, flags, at)
          : openDraft(db, input.clientId, input.formId, input.expectedVersion).id;
      prepared(
        db,
        `UPDATE intake_forms SET status = 'signed', lang = ?, answers = ?, flags = ?, consent = ?, signing = ?, method = ?,
           updated_at = ?, signed_at = ?, signed_on = ?, row_version = row_version + 1 WHERE id = ?`,
      ).run(
        input.lang,
        answers,
        flags,
        JSON.stringify(input.consent),
        JSON.stringify(input.signing),
        input.signing.method,
        at,
        at,
        localDate(now),
        id,
      );
      return getForm(db, id);
    })
    .immediate();
}

/** Erases every form of the client that is not erased yet: drafts and signed ones. */
export function eraseForms(db: Database, clientId: number, now: Date): { erased: number } {
  return db
    .transaction(() => {
      getClient(db, clientId);
      const at = now.toISOString();
      const { changes } = prepared(
        db,
        `UPDATE intake_forms SET status = 'erased', answers = NULL, consent = NULL, signing = NULL, flags = '[]',
           erased_at = ?, updated_at = ? WHERE client_id = ? AND status <> 'erased'`,
      ).run(at, at, clientId);
      return { erased: changes };
    })
    .immediate();
}
