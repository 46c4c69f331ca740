import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, defaultGuardianAge, isIntakeDue, needsGuardian, renewalCutoff, renewalDueOn } from '../../../shared/intake';

describe('intake renewal', () => {
  it('is due N months after the latest signed form, on that day', () => {
    expect(renewalDueOn('2026-03-15', 12)).toBe('2027-03-15');
    expect(isIntakeDue('2026-03-15', '2027-03-14', 12)).toBe(false);
    expect(isIntakeDue('2026-03-15', '2027-03-15', 12)).toBe(true);
    expect(isIntakeDue('2026-03-15', '2026-09-15', 6)).toBe(true);
  });

  it('takes the last day of a shorter month', () => {
    expect(renewalDueOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(renewalDueOn('2027-02-29'.replace('2027', '2028'), 12)).toBe('2029-02-28');
  });

  it('a client with no signed form is due', () => {
    expect(isIntakeDue(null, '2026-11-27', 12)).toBe(true);
  });

  it('refuses a renewal period under one month', () => {
    expect(() => renewalDueOn('2026-01-01', 0)).toThrow(RangeError);
    expect(() => renewalDueOn('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('renewal cutoff (what the renewals query compares)', () => {
  it('a form signed on or before the cutoff is due, one after it is not', () => {
    expect(renewalCutoff('2027-03-15', 12)).toBe('2026-03-15');
    expect(renewalCutoff('2027-02-28', 6)).toBe('2026-08-31');
    expect(renewalCutoff('2027-02-27', 6)).toBe('2026-08-27');
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 36 }), (signedOn, today, months) => {
        expect(signedOn <= renewalCutoff(today, months)).toBe(isIntakeDue(signedOn, today, months));
      }),
      { numRuns: 3000 },
    );
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('age and guardian', () => {
  it('counts whole years from the birthday', () => {
    expect(ageOn('2007-11-28', '2026-11-27')).toBe(18);
    expect(ageOn('2007-11-27', '2026-11-27')).toBe(19);
    expect(ageOn('2008-02-29', '2027-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2027-03-01')).toBe(19);
  });

  it('under the adult age signs with a guardian; unknown birth date asks the desk', () => {
    expect(needsGuardian('2008-05-01', '2026-11-27', 19)).toBe(true);
    expect(needsGuardian('2008-05-01', '2026-11-27', 18)).toBe(false);
    expect(needsGuardian(null, '2026-11-27', 19)).toBeNull();
  });

  it('defaults to 19 for a Korean business and 18 elsewhere', () => {
    expect(defaultGuardianAge(true)).toBe(19);
    expect(defaultGuardianAge(false)).toBe(18);
  });
});
