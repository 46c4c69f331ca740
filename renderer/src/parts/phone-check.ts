// Checking a number while it is typed. The rules live in the main process (phones.check,
// libphonenumber-js with its metadata): the renderer ships none of them (docs/architecture.md).
// Stored numbers come already shown in every answer (`phoneShown`).
import { useEffect, useState } from 'react';
import type { PhoneCheckAnswer } from '../../../shared/api/phones';
import { call } from '../api/client';
import { useAppData } from '../app-data';

/** 'pending': the answer for the text on screen is on its way (show nothing wrong yet);
 *  'unchecked': it could not be asked (the main process still checks on save). */
export type PhoneCheckState = PhoneCheckAnswer | { kind: 'pending' } | { kind: 'unchecked' };

const EMPTY: PhoneCheckState = { kind: 'empty' };
const PENDING: PhoneCheckState = { kind: 'pending' };
const UNCHECKED: PhoneCheckState = { kind: 'unchecked' };

/** What an answer holds for: the text (trimmed, as a save sends it) read in the business's
 *  country, which follows the catalog's currency. After a change of currency the same text
 *  is another question (010… is a Korean mobile for a won clinic, not for a dollar one). */
const questionKey = (text: string, currency: string) => `${currency}\n${text.trim()}`;

/** Questions on their way, by text and currency: a save asking again shares the form's. */
const asking = new Map<string, Promise<PhoneCheckAnswer>>();

/** Asks the main process what `text` is, in the country of `currency`. */
export function askPhoneCheck(text: string, currency: string): Promise<PhoneCheckAnswer> {
  const trimmed = text.trim();
  if (trimmed === '') return Promise.resolve({ kind: 'empty' });
  const key = questionKey(trimmed, currency);
  let answer = asking.get(key);
  if (!answer) {
    answer = call('phones.check', { text: trimmed });
    asking.set(key, answer);
    const done = () => asking.delete(key);
    answer.then(done, done);
  }
  return answer;
}

/** The check of `text` as it is now. Each answer is kept with the question it answers (the
 *  text and the catalog's currency) and used only while that is still the question on
 *  screen, so an answer that comes late, for what was typed before or for the country
 *  before, never stands for the newer one. */
export function usePhoneCheck(text: string): PhoneCheckState {
  const { currency } = useAppData().catalog;
  const trimmed = text.trim();
  const key = questionKey(trimmed, currency);
  const [had, setHad] = useState<{ key: string; state: PhoneCheckState } | null>(null);
  useEffect(() => {
    if (trimmed === '') return;
    let live = true;
    askPhoneCheck(trimmed, currency).then(
      (answer) => live && setHad({ key, state: answer }),
      () => live && setHad({ key, state: UNCHECKED }),
    );
    return () => {
      live = false;
    };
  }, [key, trimmed, currency]);
  if (trimmed === '') return EMPTY;
  return had?.key === key ? had.state : PENDING;
}

/** What a save goes by: the answer on screen, or the same question awaited while it is on
 *  its way. `now` is usePhoneCheck(text) from the same render, `currency` the catalog's. */
export async function settledPhoneCheck(text: string, currency: string, now: PhoneCheckState): Promise<PhoneCheckState> {
  if (now.kind !== 'pending') return now;
  return askPhoneCheck(text, currency).catch(() => UNCHECKED);
}
