// The browser client (a tablet, or the web host's page): a write carries an Idempotency-Key,
// a write whose answer is lost says its outcome is unknown, and the same write again sends
// the same key (the hub then answers what it kept); once answered, the next save is new.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpCall } from '../../../renderer/src/api/client';

const sentKeys: (string | undefined)[] = [];
let answers: (() => Promise<Response>)[] = [];

beforeEach(() => {
  vi.stubGlobal('document', { querySelector: () => null });
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    sentKeys.push((init.headers as Record<string, string>)['idempotency-key']);
    return answers.shift()!();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  sentKeys.length = 0;
  answers = [];
});

const dropped = () => Promise.reject(new TypeError('Failed to fetch'));
const answered = (value: unknown) => () => Promise.resolve(Response.json({ ok: true, value }));
const visit = { clientId: 1, prescriptionId: null, minutes: 60, areas: ['neck'], note: '' } as never;

describe('a write from the browser whose answer is lost', () => {
  it('says the outcome is unknown and sends the same key with the same write again', async () => {
    answers = [dropped, answered({ id: 5 }), answered({ id: 6 })];
    expect(await httpCall('therapist.recordVisit', visit)).toEqual({
      ok: false,
      error: { code: 'unavailable', details: { write: true, outcome: 'unknown' } },
    });
    expect(await httpCall('therapist.recordVisit', visit)).toEqual({ ok: true, value: { id: 5 } });
    expect(await httpCall('therapist.recordVisit', visit)).toEqual({ ok: true, value: { id: 6 } });
    expect(sentKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sentKeys[1]).toBe(sentKeys[0]);
    expect(sentKeys[2]).not.toBe(sentKeys[0]); // answered: a new save is a new write
  });

  it('sends another key for another input, and none with a read', async () => {
    answers = [dropped, answered({ id: 7 }), answered({ rows: [] })];
    await httpCall('therapist.recordVisit', visit);
    await httpCall('therapist.recordVisit', { ...(visit as object), minutes: 90 } as never);
    await httpCall('therapist.clients', {});
    expect(sentKeys[1]).not.toBe(sentKeys[0]);
    expect(sentKeys[2]).toBeUndefined();
  });

  it('says only "unavailable" for a read that gets no answer', async () => {
    answers = [dropped];
    expect(await httpCall('therapist.clients', {})).toEqual({ ok: false, error: { code: 'unavailable' } });
  });
});
