// Search text with a NUL or other control character (pasted, or sent by a script): FTS5
// ends a query string at NUL ("unterminated string"), so such characters separate words.
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../electron/services/catalog';
import { exportCallsCsv, saveCall, searchCalls } from '../../../electron/services/calls';
import { dbWith } from './fixtures';

describe('search text with control characters', () => {
  const db = dbWith();
  saveCall(
    db,
    readCatalog(db),
    {
      kind: 'session',
      caller: { name: '김민수', phone: '010-1234-5678' },
      quoteLang: 'ko',
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      outcome: 'thinking',
    },
    new Date(2026, 2, 1, 10),
  );

  for (const text of ['김민수\u0000', '\u0000', '김\u0000민수', 'abc\u0000def', '민수\u0007\u001f', '"\u0000"', '010\u00001234']) {
    it(`answers ${JSON.stringify(text)} without failing`, () => {
      expect(() => searchCalls(db, { text, limit: 10, offset: 0 })).not.toThrow();
      expect(() => exportCallsCsv(db, { text, limit: 10, offset: 0 }, 'ko')).not.toThrow();
    });
  }

  it('treats the NUL as a space between words', () => {
    expect(searchCalls(db, { text: '김민수\u0000', limit: 10, offset: 0 }).total).toBe(1);
    expect(searchCalls(db, { text: '\u0000김\u0000', limit: 10, offset: 0 }).total).toBe(1);
  });
});
