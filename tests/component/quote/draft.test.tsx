// The quote draft's visit time: what the datetime-local field gives, checked as the engine
// checks it (a day that does not exist is refused, not rolled over into the next month).
import { describe, expect, it } from 'vitest';
import { normaliseAt, tomorrow } from '../../../renderer/src/screens/quote/draft';

describe('quote draft: the visit time', () => {
  it('takes minutes and drops the seconds the field may add', () => {
    expect(normaliseAt('2026-03-14T21:00')).toBe('2026-03-14T21:00');
    expect(normaliseAt('2026-03-14T21:00:00')).toBe('2026-03-14T21:00');
  });

  it('refuses a day or a time that does not exist', () => {
    expect(normaliseAt('2026-02-30T10:00')).toBeNull();
    expect(normaliseAt('2026-02-29T10:00')).toBeNull();
    expect(normaliseAt('2028-02-29T10:00')).toBe('2028-02-29T10:00');
    expect(normaliseAt('2026-04-31T10:00')).toBeNull();
    expect(normaliseAt('2026-03-14T24:00')).toBeNull();
    expect(normaliseAt('2026-03-14')).toBeNull();
  });

  it('keeps the time of a valid field for "tomorrow" and falls back to now for a bad one', () => {
    const now = new Date(2026, 2, 14, 9, 5);
    expect(tomorrow(now, '2026-03-14T21:00')).toBe('2026-03-15T21:00');
    expect(tomorrow(now, '2026-02-30T21:00')).toBe('2026-03-15T09:05');
  });
});
