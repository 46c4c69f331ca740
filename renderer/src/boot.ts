// Start-up: the first screen's data. A host that serves the page writes the answers into it
// (shared/api/first-answers.ts), so no request has to wait for the scripts; otherwise
// (Electron) they are asked for before anything else of the app is evaluated: main.tsx
// imports this module first, so the requests leave while the rest is still being evaluated.
// The catalog may fail (a storage fault answers 'storage' without touching the file): then
// the problem page shows.
import { call, settle } from './api/client';
import { FIRST_ANSWERS_ELEMENT_ID, type FirstAnswerChannel } from '../../shared/api/first-answers';
import type { InputOf, ResultOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

type Written = Partial<Record<FirstAnswerChannel, ApiResult<unknown>>>;

/** The answers the page carries, read once and taken out of the page; {} when there are none
 *  or they cannot be read (then each is asked for). */
export function takeWrittenAnswers(doc: Document = document): Written {
  const element = doc.getElementById(FIRST_ANSWERS_ELEMENT_ID);
  if (!element) return {};
  element.remove();
  try {
    const data: unknown = JSON.parse(element.textContent ?? '');
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Written) : {};
  } catch {
    return {};
  }
}

const written = takeWrittenAnswers();

function first<C extends FirstAnswerChannel>(channel: C): Promise<ResultOf<C>> {
  const answer = written[channel];
  const isResult = !!answer && typeof answer === 'object' && typeof answer.ok === 'boolean';
  return isResult ? Promise.resolve().then(() => settle(answer as ApiResult<ResultOf<C>>)) : call(channel, {} as InputOf<C>);
}

const settings = first('settings.get');

export const firstData = {
  info: first('app.info'),
  // Who is using this page: a therapist's tablet gets the therapist's view and nothing else;
  // a therapist may not read the catalog, so that call's refusal is expected.
  session: first('app.session'),
  settings,
  catalog: first('catalog.get').catch(() => null),
};
