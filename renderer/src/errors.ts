// Turns an API error into a sentence in the UI language. Every code has a key in
// locales/*/errors.json; catalog problems are listed with their JSON path.
import type { TFunction } from 'i18next';
import type { CatalogProblem } from '../../shared/pricing/types';
import { ApiCallError } from './api/client';

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    const { code, details } = error.error;
    // A storage fault says what happened and what to do (storage.json), never SQLite's words.
    if (code === 'storage') {
      const fault = typeof details?.fault === 'string' ? details.fault : 'unknown';
      return `${t(`storage:fault.${fault}.what`)} ${t(`storage:fault.${fault}.todo`)}`;
    }
    // Connect mode: why the hub did not answer, or why pairing was refused, says what to do.
    const reason = typeof details?.reason === 'string' ? details.reason : null;
    // A write whose answer was lost may have been saved: never say "nothing was saved" then.
    // (A refused certificate keeps its own sentence: the fix is pairing again, not saving.)
    if (details?.outcome === 'unknown' && reason !== 'certificate') {
      return ['what', 'check', 'once'].map((part) => t(`errors:unknownOutcome.${part}`)).join(' ');
    }
    if (code === 'hub-unreachable') {
      // A read (details.write false) was not loaded; a write, or a call not known, saved nothing.
      const read = details?.write === false;
      if (reason === 'certificate') return t('errors:hub.certificate');
      if (reason === 'answer') return t(read ? 'errors:hub.answerRead' : 'errors:hub.answer');
      if (read) return t('errors:hub.unreachableRead');
    }
    if (code === 'conflict' && reason === 'sharing') return t('errors:hub.sharing');
    if (code === 'pairing' && reason && t(`errors:pairing.${reason}`, { defaultValue: '' })) return t(`errors:pairing.${reason}`);
    if (code === 'quote-error' && typeof details?.quoteCode === 'string') {
      return t(`errors:quote.${details.quoteCode}`, { ...details });
    }
    // A conflict the user can act on says what happened and what to do.
    if (code === 'conflict' && reason && t(`errors:conflictReason.${reason}`, { defaultValue: '' })) return t(`errors:conflictReason.${reason}`);
    // A stale save (row versions): the screens show ConflictNotice; this is the sentence.
    if (code === 'conflict' && details?.reason === 'changed') return t('common:conflict.title');
    return t(`errors:api.${code}`, { ...(details ?? {}) });
  }
  return t('errors:api.internal');
}

/** `too-many` says what there is too much of by its unit, as the i18next context
 *  (`too-many_values`); a unit without a sentence of its own reads as entries. The unit is
 *  not passed on as such: the number formatter would take it for Intl's `unit` option. */
export function problemMessage(t: TFunction, problem: CatalogProblem): string {
  const { unit, ...params } = problem.params ?? {};
  return t(`errors:catalogProblem.${problem.code}`, { ...params, ...(typeof unit === 'string' ? { context: unit } : {}) });
}

export function problemsOf(error: unknown): CatalogProblem[] {
  if (error instanceof ApiCallError && error.error.code === 'invalid-catalog') {
    const problems = error.error.details?.problems;
    if (Array.isArray(problems)) return problems as CatalogProblem[];
  }
  return [];
}
