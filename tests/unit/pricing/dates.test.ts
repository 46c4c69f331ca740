import { describe, it, expect } from 'vitest';
import {
  addMonths,
  daysInMonth,
  inTimeWindow,
  isValidDate,
  matchesWhen,
  parseLocalDateTime,
  parseTime,
  weekdayOf,
} from '../../../shared/pricing';

describe('weekdayOf', () => {
  it('computes 0 = Sunday .. 6 = Saturday from the date numbers', () => {
    expect(weekdayOf('1970-01-01')).toBe(4); // Thursday
    expect(weekdayOf('2026-12-25')).toBe(5); // Friday
    expect(weekdayOf('2026-12-26')).toBe(6); // Saturday
    expect(weekdayOf('2026-12-27')).toBe(0); // Sunday
    expect(weekdayOf('2000-02-29')).toBe(2); // Tuesday
    expect(weekdayOf('2024-02-29')).toBe(4); // Thursday
    expect(weekdayOf('1900-03-01')).toBe(4); // Thursday (1900 was not a leap year)
  });
  it('refuses a day that does not exist', () => {
    expect(() => weekdayOf('2026-02-29')).toThrow(RangeError);
  });
});

describe('calendar', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2027-03-02', 1)).toBe('2027-04-02');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-12-15', 13)).toBe('2028-01-15');
  });
  it('clamps to the last day of shorter months', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2027-01-31', 2)).toBe('2027-03-31'); // from the start date, not chained
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('times', () => {
  it('parses HH:MM and local date-times', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('23:59')).toBe(1439);
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9:00')).toBeNull();
    expect(parseLocalDateTime('2026-12-24T23:30')).toEqual({ date: '2026-12-24', minuteOfDay: 1410 });
    // Seconds are a local date-time too; the rules look at the minute.
    expect(parseLocalDateTime('2026-12-24T23:30:59')).toEqual({ date: '2026-12-24', minuteOfDay: 1410 });
    expect(parseLocalDateTime('2026-12-24T05:59:59.999')).toEqual({ date: '2026-12-24', minuteOfDay: 359 });
    for (const bad of ['2026-12-24T23:30:60', '2026-12-24T23:30:5', '2026-12-24T23:30Z', '2026-12-24T23:30:00+09:00'])
      expect(parseLocalDateTime(bad), bad).toBeNull();
    expect(parseLocalDateTime('2026-12-24 23:30')).toBeNull();
    expect(parseLocalDateTime('2026-02-30T10:00')).toBeNull();
  });
  it('matches a window [from, to) on one day', () => {
    const [from, to] = [9 * 60, 18 * 60];
    expect(inTimeWindow(9 * 60, from, to)).toBe(true); // from inclusive
    expect(inTimeWindow(18 * 60 - 1, from, to)).toBe(true);
    expect(inTimeWindow(18 * 60, from, to)).toBe(false); // to exclusive
    expect(inTimeWindow(9 * 60 - 1, from, to)).toBe(false);
  });
  it('crosses midnight when to <= from; from == to is the whole day', () => {
    const [from, to] = [22 * 60, 6 * 60];
    expect(inTimeWindow(22 * 60, from, to)).toBe(true);
    expect(inTimeWindow(23 * 60 + 59, from, to)).toBe(true);
    expect(inTimeWindow(0, from, to)).toBe(true);
    expect(inTimeWindow(6 * 60 - 1, from, to)).toBe(true);
    expect(inTimeWindow(6 * 60, from, to)).toBe(false);
    expect(inTimeWindow(21 * 60 + 59, from, to)).toBe(false);
    for (const t of [0, 600, 1320, 1439]) expect(inTimeWindow(t, 1320, 1320)).toBe(true);
  });
});

describe('matchesWhen', () => {
  it('looks at the time of day only for a window', () => {
    const night = { from: '22:00', to: '06:00' };
    expect(matchesWhen(night, '2026-12-25T01:00')).toBe(true);
    expect(matchesWhen(night, '2026-12-24T22:00')).toBe(true);
    expect(matchesWhen(night, '2026-12-24T06:00')).toBe(false);
  });
  it('uses the calendar date of `at` for weekdays and dates', () => {
    // Friday 2026-12-25 at 23:00 is not the weekend; 01:00 the next day is Saturday.
    expect(matchesWhen({ weekdays: [0, 6] }, '2026-12-25T23:00')).toBe(false);
    expect(matchesWhen({ weekdays: [0, 6] }, '2026-12-26T01:00')).toBe(true);
    expect(matchesWhen({ dates: ['2026-12-25'] }, '2026-12-25T00:00')).toBe(true);
    expect(matchesWhen({ dates: ['2026-12-25'] }, '2026-12-26T00:00')).toBe(false);
    expect(matchesWhen({ weekdays: [] }, '2026-12-26T01:00')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', async () => {
    const { addDays } = await import('../../../shared/pricing/dates');
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(() => addDays('2027-03-01', 1.5)).toThrow(RangeError);
  });
});
