// Checking a number while it is typed. The rules live in the main process (phones.check,
// libphonenumber-js with its metadata): the renderer ships none of them (docs/architecture.md).
// Stored numbers come already shown in every answer (`phoneShown`).
import { useEffect, useState } from 'react';
import type { PhoneCheckAnswer } from '../../../shared/api/phones';
import { call } from '../api/client';

/** 'pending': the answer for the text on screen is on its way (show nothing wrong yet);
 *  'unchecked': it could not be asked (the main process still checks on save). */
export type PhoneCheckState = PhoneCheckAnswer | { kind: 'pending' } | { kind: 'unchecked' };

const EMPTY: PhoneCheckState = { kind: 'empty' };
const PENDING: PhoneCheckState = { kind: 'pending' };
const UNCHECKED: PhoneCheckState = { kind: 'unchecked' };

/** Questions on their way, by text: a save asking again shares the form's. */
const asking = new Map<string, Promise<PhoneCheckAnswer>>();

/** Asks the main process what `text` is (trimmed, as a save sends it). */
export function askPhoneCheck(text: string): Promise<PhoneCheckAnswer> {
  const key = text.trim();
  if (key === '') return Promise.resolve({ kind: 'empty' });
  let answer = asking.get(key);
  if (!answer) {
    answer = call('phones.check', { text: key });
    asking.set(key, answer);
    const done = () => asking.delete(key);
    answer.then(done, done);
  }
  return answer;
}

/** The check of `text` as it is now. Each answer is kept with the text it was asked for and
 *  used only while that text is still the one on screen, so an answer that comes late, for
 *  what was typed before, never stands for the newer text. */
export function usePhoneCheck(text: string): PhoneCheckState {
  const key = text.trim();
  const [had, setHad] = useState<{ text: string; state: PhoneCheckState } | null>(null);
  useEffect(() => {
    if (key === '') return;
    let live = true;
    askPhoneCheck(key).then(
      (answer) => live && setHad({ text: key, state: answer }),
      () => live && setHad({ text: key, state: UNCHECKED }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (key === '') return EMPTY;
  return had?.text === key ? had.state : PENDING;
}

/** What a save goes by: the answer on screen, or the same question awaited while it is on
 *  its way. `now` is usePhoneCheck(text) from the same render. */
export async function settledPhoneCheck(text: string, now: PhoneCheckState): Promise<PhoneCheckState> {
  if (now.kind !== 'pending') return now;
  return askPhoneCheck(text).catch(() => UNCHECKED);
}
