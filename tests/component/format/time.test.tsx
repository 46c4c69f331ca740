// 오전/오후 never depend on the runtime's CLDR: some ICU versions print "PM 9시" for Korean.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockTime, formatDateTime, formatTimeOfDay } from '../../../renderer/src/format';

afterEach(() => vi.restoreAllMocks());

describe('times of day', () => {
  it('says 오전/오후 before the hour in Korean, AM/PM after it in English', () => {
    expect(formatTimeOfDay('21:00', 'ko')).toBe('오후 9시');
    expect(formatTimeOfDay('21:30', 'ko')).toBe('오후 9:30');
    expect(formatTimeOfDay('00:00', 'ko')).toBe('오전 12시');
    expect(formatTimeOfDay('12:05', 'ko')).toBe('오후 12:05');
    expect(formatTimeOfDay('06:00', 'ko')).toBe('오전 6시');
    expect(formatTimeOfDay('21:00', 'en')).toBe('9 PM');
    expect(formatTimeOfDay('00:30', 'en')).toBe('12:30 AM');
    for (let h = 0; h < 24; h++) {
      expect(clockTime(h, 0, 'ko')).toMatch(/^(오전|오후) \d{1,2}시$/);
      expect(clockTime(h, 0, 'ko')).not.toMatch(/AM|PM/);
    }
  });

  it('keeps 오후 even when the runtime CLDR would print "PM 9시"', () => {
    // A runtime whose Korean data puts the English day period first.
    const Real = Intl.DateTimeFormat;
    let broken = 0;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      const real = new Real(locale, options);
      if (!options?.hour && !options?.timeStyle) return real;
      broken += 1;
      return { ...real, format: () => 'PM 9시', formatToParts: () => [{ type: 'literal', value: 'PM 9시' }], resolvedOptions: () => real.resolvedOptions() };
    } as unknown as typeof Intl.DateTimeFormat);
    expect(formatTimeOfDay('21:00', 'ko')).toBe('오후 9시');
    const local = new Date(2026, 11, 24, 21, 0);
    const shown = formatDateTime(local.toISOString(), 'ko');
    expect(shown).toContain('오후 9시');
    expect(shown).not.toContain('PM');
    // and the broken formatter is really what the runtime would have used for a time
    expect(new Intl.DateTimeFormat('ko-KR', { hour: 'numeric' }).format(local)).toBe('PM 9시');
    expect(broken).toBeGreaterThan(0);
  });

  it('writes the date and time of a saved call', () => {
    const local = new Date(2026, 11, 24, 23, 30);
    expect(formatDateTime(local.toISOString(), 'ko')).toBe('2026. 12. 24. 오후 11:30');
    expect(formatDateTime(local.toISOString(), 'en')).toBe('Dec 24, 2026, 11:30 PM');
  });
});
