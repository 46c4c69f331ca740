// The Calls screen's filter as typed, and its turn into the API's filter (or a reason not to).
import type { CallFilter } from '../../../../shared/api/calls';
import type { CallOutcome } from '../../../../shared/vocabulary';
import { localIsoDate } from '../../format';
import { isValidDate } from '../../../../shared/pricing/dates';

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
  const from = draft.from !== '' && !isValidDate(draft.from);
  const to = draft.to !== '' && !isValidDate(draft.to);
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
