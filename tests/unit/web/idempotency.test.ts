// The hub's memory of answered writes: the same key and call once more answers what was kept
// without writing again; a key with another call is refused; a failure is not kept; entries
// end after 10 minutes and the oldest go beyond the cap.
import { describe, expect, it } from 'vitest';
import { KEEP_MS, KEY_REUSED, repeatedWrites } from '../../../electron/web/idempotency';

type Answer = { ok: boolean; id: number };
const KEY = '0b6f4a6e-3c1e-4b7a-9c55-2f0f8a1d9e10';

function counting(answers: Answer[] = []) {
  let calls = 0;
  const write = () => {
    calls++;
    return Promise.resolve(answers.shift() ?? { ok: true, id: calls });
  };
  return { write, calls: () => calls };
}

function store(now = () => 0, maxKept?: number) {
  return repeatedWrites<Answer>({ keep: (answer) => answer.ok, now, ...(maxKept ? { maxKept } : {}) });
}

describe('answered writes kept by key', () => {
  it('answers the same key and call from memory: the write runs once', async () => {
    const writes = store();
    const core = counting();
    expect(await writes.once('device:1', KEY, 'visits.create', '{"a":1}', core.write)).toEqual({ ok: true, id: 1 });
    expect(await writes.once('device:1', KEY.toUpperCase(), 'visits.create', '{"a":1}', core.write)).toEqual({ ok: true, id: 1 });
    expect(core.calls()).toBe(1);
  });

  it('keeps each requester apart: another device with the same key writes its own', async () => {
    const writes = store();
    const core = counting();
    await writes.once('device:1', KEY, 'calls.save', '{}', core.write);
    expect(await writes.once('device:2', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 2 });
  });

  it('refuses the same key with another body or channel, and writes nothing', async () => {
    const writes = store();
    const core = counting();
    await writes.once('loopback', KEY, 'visits.create', '{"a":1}', core.write);
    expect(await writes.once('loopback', KEY, 'visits.create', '{"a":2}', core.write)).toBe(KEY_REUSED);
    expect(await writes.once('loopback', KEY, 'clients.create', '{"a":1}', core.write)).toBe(KEY_REUSED);
    expect(core.calls()).toBe(1);
  });

  it('makes a repeat wait for the first while it runs, then answers the same', async () => {
    const writes = store();
    let finish: (answer: Answer) => void = () => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<Answer>((resolve) => (finish = resolve));
    };
    const first = writes.once('loopback', KEY, 'calls.save', '{}', slow);
    const second = writes.once('loopback', KEY, 'calls.save', '{}', slow);
    finish({ ok: true, id: 9 });
    expect(await Promise.all([first, second])).toEqual([{ ok: true, id: 9 }, { ok: true, id: 9 }]);
    expect(calls).toBe(1);
  });

  it('keeps no failure (it wrote nothing): the same key runs the write again', async () => {
    const writes = store();
    const core = counting([{ ok: false, id: 0 }]);
    expect(await writes.once('loopback', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: false, id: 0 });
    expect(await writes.once('loopback', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 2 });
    const thrown = store();
    await expect(thrown.once('loopback', KEY, 'calls.save', '{}', () => Promise.reject(new Error('x')))).rejects.toThrow();
    expect(await thrown.once('loopback', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 3 });
  });

  it('forgets an answer 10 minutes after the write ended', async () => {
    let clock = 1_000;
    const writes = store(() => clock);
    const core = counting();
    await writes.once('loopback', KEY, 'calls.save', '{}', core.write);
    clock += KEEP_MS - 1;
    expect(await writes.once('loopback', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 1 });
    clock += 1;
    expect(await writes.once('loopback', KEY, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 2 });
    expect(writes.size).toBe(1);
  });

  it('drops the oldest beyond the cap', async () => {
    const writes = store(() => 0, 2);
    const core = counting();
    const keys = ['1', '2', '3'].map((n) => KEY.slice(0, -1) + n);
    for (const key of keys) await writes.once('loopback', key, 'calls.save', '{}', core.write);
    expect(writes.size).toBe(2);
    expect(await writes.once('loopback', keys[0]!, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 4 });
    expect(await writes.once('loopback', keys[2]!, 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 3 });
  });

  it("lets one device's flood of writes drop only its own oldest answers", async () => {
    const writes = repeatedWrites<Answer>({ keep: (answer) => answer.ok, now: () => 0, maxKeptPerScope: 2 });
    const core = counting();
    const key = (n: number) => KEY.slice(0, -2) + String(n).padStart(2, '0');
    await writes.once('device:1', key(0), 'visits.create', '{"v":1}', core.write); // the tablet's visit, id 1
    for (let n = 1; n <= 5; n++) await writes.once('device:2', key(n), 'calls.save', '{}', core.write);
    expect(writes.size).toBe(3);
    // The tablet's retry is still answered from memory; device 2's oldest were dropped.
    expect(await writes.once('device:1', key(0), 'visits.create', '{"v":1}', core.write)).toEqual({ ok: true, id: 1 });
    expect(await writes.once('device:2', key(5), 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 6 });
    expect(await writes.once('device:2', key(1), 'calls.save', '{}', core.write)).toEqual({ ok: true, id: 7 });
  });
});
