// intake_forms rows <-> IntakeForm. The content columns are JSON written by this service
// from checked input; a row that no longer parses is reported as a failure, never shown.
import type { Flag, IntakeForm, IntakeFormSummary } from '../../../shared/intake';
import { storedJson } from '../../db/stored-json';

export type FormRow = {
  id: number;
  client_id: number;
  version: number;
  previous_id: number | null;
  template_version: number;
  lang: 'ko' | 'en';
  status: IntakeForm['status'];
  answers: string | null;
  consent: string | null;
  signing: string | null;
  flags: string;
  method: 'screen' | 'paper' | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_on: string | null;
  erased_at: string | null;
  row_version: number;
};

export const summaryColumns = `id, client_id, version, previous_id, template_version, lang, status, flags, method,
  created_at, updated_at, signed_at, signed_on, erased_at, row_version`;
export const formColumns = `${summaryColumns}, answers, consent, signing`;

export function toSummary(r: Omit<FormRow, 'answers' | 'consent' | 'signing'> & Partial<FormRow>): IntakeFormSummary {
  return {
    id: r.id,
    clientId: r.client_id,
    version: r.version,
    status: r.status,
    templateVersion: r.template_version,
    lang: r.lang,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    signedAt: r.signed_at,
    signedOn: r.signed_on,
    erasedAt: r.erased_at,
    previousId: r.previous_id,
    flags: parse<Flag[]>(r as FormRow, 'flags') ?? [],
    method: r.method,
    rowVersion: r.row_version,
  };
}

function parse<T>(r: FormRow, column: 'answers' | 'consent' | 'signing' | 'flags'): T | null {
  const text = r[column];
  return text === null ? null : storedJson<T>(text, { table: 'intake form', id: r.id, column });
}

export function toForm(r: FormRow): IntakeForm {
  return { ...toSummary(r), answers: parse(r, 'answers'), consent: parse(r, 'consent'), signing: parse(r, 'signing') };
}
