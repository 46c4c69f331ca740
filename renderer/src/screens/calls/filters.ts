// The Calls screen's filter as typed, and its turn into the API's filter (or a reason not to).
import type { CallFilter, CallOutcome } from '../../../../shared/api/contract';
import { localIsoDate } from '../../format';
import { isIsoDate } from './outcomes';

export type FilterDraft = {
  text: string;
  from: string;
  to: string;
  outcome: CallOutcome | '';
  kind: 'session' | 'enrollment' | '';
  followUpDue: boolean;
};

export const emptyFilter: FilterDraft = { text: '', from: '', to: '', outcome: '', kind: '', followUpDue: false };

export type FilterProblems = { from: boolean; to: boolean; order: boolean };

export function filterProblems(draft: FilterDraft): FilterProblems {
  const from = draft.from !== '' && !isIsoDate(draft.from);
  const to = draft.to !== '' && !isIsoDate(draft.to);
  return { from, to, order: !from && !to && draft.from !== '' && draft.to !== '' && draft.from > draft.to };
}

/** null while a field is not valid: a half-made filter is never sent. */
export function toFilter(draft: FilterDraft, text: string, now: Date): Omit<CallFilter, 'limit' | 'offset'> | null {
  const problems = filterProblems(draft);
  if (problems.from || problems.to || problems.order) return null;
  return {
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
    ...(draft.outcome ? { outcome: draft.outcome } : {}),
    ...(draft.kind ? { kind: draft.kind } : {}),
    ...(draft.followUpDue ? { followUpDueBy: localIsoDate(now) } : {}),
  };
}

/** Saves the server's CSV as a file. The text starts with a BOM (so Excel reads UTF-8
 *  Korean); a Blob of the string keeps it. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
