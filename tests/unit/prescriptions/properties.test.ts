// Properties of checkVisit that must hold for any valid prescription, visit and history.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkVisit, type VisitFindingCode } from '../../../shared/prescriptions';
import { anyArea, anyDate, anyPrescription } from './fixtures';

const ORDER: VisitFindingCode[] = ['no-prescription', 'not-yet-valid', 'expired', 'area-not-prescribed', 'sessions-used-up', 'weekly-limit', 'too-long'];

const anyVisit = fc.record({ date: anyDate, minutes: fc.integer({ min: 1, max: 180 }), areas: fc.array(anyArea, { minLength: 1, maxLength: 4 }) });
const anyCounted = fc.array(anyDate, { maxLength: 12 });

describe('checkVisit properties', () => {
  it('within the prescription exactly when there is no finding; findings in the spec order, once each', () => {
    fc.assert(
      fc.property(fc.option(anyPrescription, { freq: 8 }), anyVisit, anyCounted, (p, v, counted) => {
        const result = checkVisit(p, v, counted);
        expect(result.withinPrescription).toBe(result.findings.length === 0);
        const positions = result.findings.map((f) => ORDER.indexOf(f.code));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(positions).size).toBe(positions.length);
      }),
    );
  });

  it('a full-body prescription never finds an area outside it', () => {
    fc.assert(
      fc.property(anyPrescription, anyVisit, anyCounted, (p, v, counted) => {
        const result = checkVisit({ ...p, areas: [{ region: 'full-body' }] }, v, counted);
        expect(result.findings.some((f) => f.code === 'area-not-prescribed')).toBe(false);
      }),
    );
  });

  it('the areas named in the finding are exactly the visit areas no prescribed area covers', () => {
    fc.assert(
      fc.property(anyPrescription, anyVisit, (p, v) => {
        const finding = checkVisit(p, v, []).findings.find((f) => f.code === 'area-not-prescribed');
        const treatedOnly = checkVisit({ ...p, areas: v.areas }, v, []).findings.some((f) => f.code === 'area-not-prescribed');
        expect(treatedOnly).toBe(false); // the treated areas always allow themselves
        for (const area of finding?.areas ?? []) expect(v.areas).toContainEqual(area);
      }),
    );
  });

  it('sessionsLeft is never negative and one more counted visit never leaves more', () => {
    fc.assert(
      fc.property(anyPrescription, anyVisit, anyCounted, anyDate, (p, v, counted, extra) => {
        const before = checkVisit(p, v, counted).sessionsLeft;
        const after = checkVisit(p, v, [...counted, extra]).sessionsLeft;
        if (p.sessions === undefined) {
          expect(before).toBeNull();
          return;
        }
        expect(before).toBeGreaterThanOrEqual(0);
        expect(after!).toBeLessThanOrEqual(before!);
      }),
    );
  });
});
