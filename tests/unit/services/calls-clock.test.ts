// Calls saved after the PC clock was set back, and edits of saved calls, on real database
// files: the date filters must not lose calls whose ids no longer follow created_at, and an
// edit must keep both search indexes right.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallSaveInput } from '../../../shared/api/calls';
import { readCatalog } from '../../../electron/services/catalog';
import { exportCallsCsv, getCall, saveCall, searchCalls, updateCall } from '../../../electron/services/calls';
import { seedManyCalls } from '../../support/seed-calls';
import { idsFollowTime } from '../../../electron/services/calls/time-order';
import { fileDbWith } from './fixtures';

const at = (day: number, hour = 10) => new Date(2026, 2, day, hour, 0); // local time, March 2026
const call = (name: string, note = ''): CallSaveInput => ({
  kind: 'session',
  caller: { name, phone: '010-1234-5678' },
  quoteLang: 'ko',
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking',
  note,
});
const idsOf = (r: { rows: { id: number }[] }) => r.rows.map((x) => x.id);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});
function open() {
  const file = fileDbWith();
  cleanup = file.done;
  return file.db;
}

describe('calls saved after the clock was set back', () => {
  it('are still found by date range, with and without text, and exported', () => {
    const db = open();
    const c = readCatalog(db);
    const ahead = saveCall(db, c, call('김미래'), at(15)); // the clock 5 days ahead
    expect(idsFollowTime(db)).toBe(true);
    const fixed = saveCall(db, c, call('이현재'), at(10)); // the clock corrected
    expect(idsFollowTime(db)).toBe(false);

    for (const extra of [{}, { text: '아로마' }, { text: '010' }, { outcome: 'thinking' as const }]) {
      const where = JSON.stringify(extra);
      expect(idsOf(searchCalls(db, { from: '2026-03-10', ...extra })), where).toEqual([fixed.id, ahead.id]);
      expect(idsOf(searchCalls(db, { from: '2026-03-10', to: '2026-03-15', ...extra })), where).toEqual([fixed.id, ahead.id]);
      expect(idsOf(searchCalls(db, { to: '2026-03-10', ...extra })), where).toEqual([fixed.id]);
    }
    expect(idsOf(searchCalls(db, { from: '2026-03-10', text: '김' }))).toEqual([ahead.id]); // word index
    expect(idsOf(searchCalls(db, { from: '2026-03-15' }))).toEqual([ahead.id]);
    expect(idsOf(searchCalls(db, { from: '2026-03-11', to: '2026-03-14' }))).toEqual([]);
    const csv = exportCallsCsv(db, { from: '2026-03-10' }, 'ko').csv.trimEnd().split('\r\n');
    expect(csv.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([fixed.id, ahead.id]);
  });

  it('are found by an upper date bound too', () => {
    const db = open();
    const c = readCatalog(db);
    const ahead = saveCall(db, c, call('김미래'), at(12));
    const fixed = saveCall(db, c, call('이현재'), at(10));
    expect(idsOf(searchCalls(db, { to: '2026-03-12' }))).toEqual([fixed.id, ahead.id]);
    expect(idsOf(searchCalls(db, { from: '2026-03-10', to: '2026-03-10', text: '아로마' }))).toEqual([fixed.id]);
  });

  it('calls saved in time order, or seeded before them, leave the flag unset; seeding older calls after newer ones sets it', () => {
    const db = open();
    const c = readCatalog(db);
    seedManyCalls(db, 50, c, { now: at(1) });
    saveCall(db, c, call('김민수'), at(2));
    saveCall(db, c, call('김민수'), at(2)); // the same instant is not "earlier"
    expect(idsFollowTime(db)).toBe(true);
    seedManyCalls(db, 10, c, { now: at(3) }); // spread over the two years before: older
    expect(idsFollowTime(db)).toBe(false);
    expect(searchCalls(db, { from: '2026-03-02' }).total).toBe(2);
  });
});

describe('updateCall', () => {
  it('a note edit makes the new note searchable and the old one not, in both indexes', () => {
    const db = open();
    const c = readCatalog(db);
    const a = saveCall(db, c, call('김민수', '주차 가능한지 문의'), at(1));
    saveCall(db, c, call('Jane Doe', 'asks about parking'), at(2));
    expect(idsOf(searchCalls(db, { text: '주차 가능' }))).toEqual([a.id]);
    const u = updateCall(db, { id: a.id, expectedVersion: getCall(db, a.id).rowVersion, note: '  금요일 예약 원함 ' });
    expect(u.note).toBe('금요일 예약 원함');
    expect(idsOf(searchCalls(db, { text: '금요일' }))).toEqual([a.id]); // trigram
    expect(idsOf(searchCalls(db, { text: '예약' }))).toEqual([a.id]); // word index (2 characters)
    expect(idsOf(searchCalls(db, { text: '주차' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: '가능한지' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: '김민수' }))).toEqual([a.id]);
  });

  it('an outcome or follow-up change keeps every search working and returns the stored record', () => {
    const db = open();
    const c = readCatalog(db);
    const a = saveCall(db, c, call('김민수', 'asks about parking'), at(1));
    const searchText = () => db.prepare('SELECT search_text FROM calls WHERE id = ?').pluck().get(a.id);
    const before = searchText();
    const u = updateCall(db, { id: a.id, expectedVersion: getCall(db, a.id).rowVersion, outcome: 'booked', followUp: '2026-03-09' });
    expect(u).toMatchObject({ outcome: 'booked', followUp: '2026-03-09', note: 'asks about parking' });
    expect(searchText()).toBe(before);
    for (const text of ['parking', '김민수', '김', '민수', '5678', '아로마']) {
      expect(idsOf(searchCalls(db, { text })), text).toEqual([a.id]);
      expect(idsOf(searchCalls(db, { text, outcome: 'booked' })), text).toEqual([a.id]);
    }
    expect(updateCall(db, { id: a.id, expectedVersion: getCall(db, a.id).rowVersion, note: 'asks about parking ' })).toEqual({ ...u, rowVersion: u.rowVersion + 1 }); // same note once trimmed
    expect(searchCalls(db, { text: 'parking' }).rows[0]).toMatchObject({ outcome: 'booked', followUp: '2026-03-09' });
    expect(u).toEqual({ ...a, rowVersion: a.rowVersion + 1, outcome: 'booked', followUp: '2026-03-09' });
  });
});
