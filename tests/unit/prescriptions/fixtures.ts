// The spec's example prescription, a helper to expect an error code, and generators of
// valid areas, dates and prescriptions for the properties.
import { expect } from 'vitest';
import fc from 'fast-check';
import { REGIONS, SIDES, type Area } from '../../../shared/body/areas';
import type { Prescription } from '../../../shared/prescriptions';

export const specPrescription: Prescription = {
  issuedOn: '2026-11-02',
  expiresOn: '2027-02-01',
  prescriber: { name: '김정민', license: '12345', clinic: '바른정형외과', phone: '031-123-4567' },
  diagnoses: [{ code: 'M54.6', text: '흉추 통증' }, { text: 'muscle pain' }],
  areas: [{ region: 'upper-back' }, { region: 'shoulder', side: 'both' }],
  sessions: 8,
  perWeek: 2,
  maxMinutes: 60,
};

/** A prescription with only what is required, plus `extra`. */
export function minimal(extra: Partial<Prescription> = {}): Prescription {
  return {
    issuedOn: '2026-11-02',
    prescriber: { name: 'Dr. Lee' },
    diagnoses: [{ text: 'back pain' }],
    areas: [{ region: 'lower-back' }],
    ...extra,
  };
}

export function expectCode(f: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected ${code}`).toBeInstanceOf(Error);
  expect((thrown as { code?: string }).code).toBe(code);
}

export const anyArea: fc.Arbitrary<Area> = fc
  .constantFrom(...REGIONS)
  .chain((r) => (r.sided ? fc.constantFrom(...SIDES).map((side) => ({ region: r.id, side })) : fc.constant({ region: r.id })));

const pad = (n: number) => String(n).padStart(2, '0');
export const anyDate = fc
  .record({ y: fc.integer({ min: 2025, max: 2028 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);

export const anyPrescription: fc.Arbitrary<Prescription> = fc
  .record(
    {
      issuedOn: anyDate,
      expiresOn: anyDate,
      areas: fc.array(anyArea, { minLength: 1, maxLength: 4 }),
      code: fc.constantFrom('M54.6', 'M54.50', 'M79.1', 'S93.4', 'G44.2'),
      sessions: fc.integer({ min: 1, max: 20 }),
      perWeek: fc.integer({ min: 1, max: 5 }),
      maxMinutes: fc.constantFrom(30, 60, 90),
    },
    { requiredKeys: ['issuedOn', 'areas'] },
  )
  .map(({ issuedOn, expiresOn, code, ...rest }) => ({
    issuedOn,
    ...(expiresOn !== undefined && expiresOn >= issuedOn ? { expiresOn } : {}),
    prescriber: { name: 'Dr. Kim' },
    diagnoses: [code ? { code } : { text: 'back pain' }],
    ...rest,
  }));

