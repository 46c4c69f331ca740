import { describe, expect, it } from 'vitest';
import { checkVisit, type Prescription, type VisitRequest } from '../../../shared/prescriptions';
import { expectCode, minimal, specPrescription } from './fixtures';

// 2026-11-16 is a Monday, 2026-11-22 a Sunday, 2026-11-23 the next Monday.
const visit = (extra: Partial<VisitRequest> = {}): VisitRequest => ({
  date: '2026-11-20',
  minutes: 60,
  areas: [{ region: 'upper-back' }],
  ...extra,
});
const codes = (p: Prescription | null, v: VisitRequest, counted: string[] = []) =>
  checkVisit(p, v, counted).findings.map((f) => f.code);

describe('checkVisit on the spec example', () => {
  it('a visit inside the prescription: no findings, sessions left after this one', () => {
    expect(checkVisit(specPrescription, visit(), ['2026-11-05', '2026-11-10'])).toEqual({
      withinPrescription: true,
      findings: [],
      sessionsLeft: 5,
    });
  });

  it('both shoulders, the left shoulder and the upper back are all prescribed', () => {
    const v = visit({ areas: [{ region: 'shoulder', side: 'left' }, { region: 'shoulder', side: 'both' }, { region: 'upper-back' }] });
    expect(checkVisit(specPrescription, v, []).withinPrescription).toBe(true);
  });
});

describe('findings', () => {
  it('1. no-prescription, and nothing else is checked', () => {
    expect(checkVisit(null, visit({ minutes: 500 }), ['2026-11-20', '2026-11-20'])).toEqual({
      withinPrescription: false,
      findings: [{ code: 'no-prescription' }],
      sessionsLeft: null,
    });
  });

  it('2. not-yet-valid before issuedOn, not on it', () => {
    expect(codes(specPrescription, visit({ date: '2026-11-01' }))).toEqual(['not-yet-valid']);
    expect(codes(specPrescription, visit({ date: '2026-11-02' }))).toEqual([]);
  });

  it('3. expired after expiresOn, not on it; never without expiresOn', () => {
    expect(codes(specPrescription, visit({ date: '2027-02-02' }))).toEqual(['expired']);
    expect(codes(specPrescription, visit({ date: '2027-02-01' }))).toEqual([]);
    expect(codes(minimal(), visit({ date: '2099-12-31', areas: [{ region: 'lower-back' }] }))).toEqual([]);
  });

  it('4. area-not-prescribed lists the uncovered areas in the visit order (the left-ankle case)', () => {
    const ankle = minimal({ areas: [{ region: 'ankle', side: 'left' }] });
    const result = checkVisit(
      ankle,
      visit({ areas: [{ region: 'lower-back' }, { region: 'ankle', side: 'left' }, { region: 'ankle', side: 'both' }] }),
      [],
    );
    expect(result).toEqual({
      withinPrescription: false,
      findings: [{ code: 'area-not-prescribed', areas: [{ region: 'lower-back' }, { region: 'ankle', side: 'both' }] }],
      sessionsLeft: null,
    });
  });

  it('5. sessions-used-up when counted holds sessions dates or more', () => {
    const p = minimal({ sessions: 2, areas: [{ region: 'upper-back' }] });
    expect(checkVisit(p, visit(), ['2026-11-03']).findings).toEqual([]);
    expect(checkVisit(p, visit(), ['2026-11-03']).sessionsLeft).toBe(0);
    expect(checkVisit(p, visit(), ['2026-11-03', '2026-11-05']).findings).toEqual([{ code: 'sessions-used-up' }]);
    expect(checkVisit(p, visit(), ['2026-11-03', '2026-11-05', '2026-11-06']).sessionsLeft).toBe(0);
  });

  it('6. weekly-limit counts only dates in the same ISO week, Monday to Sunday', () => {
    const p = minimal({ perWeek: 2, areas: [{ region: 'upper-back' }] });
    // Week of Monday 2026-11-16 .. Sunday 2026-11-22.
    expect(codes(p, visit({ date: '2026-11-22' }), ['2026-11-16', '2026-11-15'])).toEqual([]);
    expect(codes(p, visit({ date: '2026-11-22' }), ['2026-11-16', '2026-11-22'])).toEqual(['weekly-limit']);
    expect(codes(p, visit({ date: '2026-11-16' }), ['2026-11-21', '2026-11-22'])).toEqual(['weekly-limit']);
    expect(codes(p, visit({ date: '2026-11-23' }), ['2026-11-21', '2026-11-22'])).toEqual([]);
  });

  it('6. ISO weeks cross the new year (2026-12-28 .. 2027-01-03 is one week)', () => {
    const p = minimal({ perWeek: 1, areas: [{ region: 'upper-back' }] });
    expect(codes(p, visit({ date: '2027-01-03' }), ['2026-12-28'])).toEqual(['weekly-limit']);
    expect(codes(p, visit({ date: '2027-01-04' }), ['2027-01-03'])).toEqual([]);
  });

  it('7. too-long when minutes exceed maxMinutes', () => {
    expect(codes(specPrescription, visit({ minutes: 61 }))).toEqual(['too-long']);
    expect(codes(specPrescription, visit({ minutes: 60 }))).toEqual([]);
  });

  it('every finding that applies, in the spec order', () => {
    const counted = Array.from({ length: 8 }, (_, i) => `2027-02-0${i + 1}`);
    const result = checkVisit(specPrescription, { date: '2027-02-03', minutes: 90, areas: [{ region: 'knee', side: 'left' }] }, counted);
    expect(result.findings).toEqual([
      { code: 'expired' },
      { code: 'area-not-prescribed', areas: [{ region: 'knee', side: 'left' }] },
      { code: 'sessions-used-up' },
      { code: 'weekly-limit' },
      { code: 'too-long' },
    ]);
    expect(result.withinPrescription).toBe(false);
    expect(result.sessionsLeft).toBe(0);
  });

  it('not-yet-valid comes before the later findings', () => {
    expect(codes(specPrescription, { date: '2026-10-01', minutes: 90, areas: [{ region: 'neck' }] })).toEqual([
      'not-yet-valid',
      'area-not-prescribed',
      'too-long',
    ]);
  });

  it('sessionsLeft is null without sessions', () => {
    expect(checkVisit(minimal({ areas: [{ region: 'upper-back' }] }), visit(), []).sessionsLeft).toBeNull();
  });
});

describe('errors', () => {
  it.each<[string, unknown]>([
    ['a date that is not a real day', visit({ date: '2026-11-31' })],
    ['a date badly written', visit({ date: '20/11/2026' })],
    ['minutes 0', visit({ minutes: 0 })],
    ['fractional minutes', visit({ minutes: 30.5 })],
    ['minutes as text', visit({ minutes: '60' as unknown as number })],
    ['an empty area list', visit({ areas: [] })],
    ['no area list', { date: '2026-11-20', minutes: 60 }],
    ['no visit', null],
  ])('%s is invalid-request', (_, v) => {
    expectCode(() => checkVisit(specPrescription, v as VisitRequest, []), 'invalid-request');
  });

  it('a bad date among the counted ones is invalid-request', () => {
    expectCode(() => checkVisit(specPrescription, visit(), ['2026-11-03', 'yesterday']), 'invalid-request');
    expectCode(() => checkVisit(specPrescription, visit(), 'none' as unknown as string[]), 'invalid-request');
  });

  it.each([[{ region: 'ankle' }], [{ region: 'neck', side: 'both' }], [{ region: 'wing', side: 'left' }]])(
    'a visit area %j is invalid-area',
    (area) => {
      expectCode(() => checkVisit(specPrescription, visit({ areas: [area as never] }), []), 'invalid-area');
    },
  );

  it('a bad prescription is invalid-prescription, even with no-prescription-like content', () => {
    expectCode(() => checkVisit(minimal({ areas: [] }), visit(), []), 'invalid-prescription');
    expectCode(() => checkVisit(minimal({ areas: [{ region: 'ankle' }] }), visit(), []), 'invalid-prescription');
  });
});
