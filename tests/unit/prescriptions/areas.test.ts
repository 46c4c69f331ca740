import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REGIONS, SIDES, type Area } from '../../../shared/body/areas';
import { areaCovers } from '../../../shared/prescriptions';
import { expectCode } from './fixtures';

const anyArea: fc.Arbitrary<Area> = fc
  .constantFrom(...REGIONS)
  .chain((r) => (r.sided ? fc.constantFrom(...SIDES).map((side) => ({ region: r.id, side })) : fc.constant({ region: r.id })));

describe('areaCovers', () => {
  it('a full-body prescription covers every area', () => {
    fc.assert(fc.property(anyArea, (treated) => {
        expect(areaCovers({ region: 'full-body' }, treated)).toBe(true);
      }));
  });

  it('every area covers itself', () => {
    fc.assert(fc.property(anyArea, (area) => {
        expect(areaCovers(area, area)).toBe(true);
      }));
  });

  it('different regions never cover each other (full-body apart)', () => {
    fc.assert(
      fc.property(anyArea, anyArea, (p, t) => {
        fc.pre(p.region !== 'full-body' && p.region !== t.region);
        expect(areaCovers(p, t)).toBe(false);
      }),
    );
  });

  it('sides: both covers each side, a side covers only itself, never "both"', () => {
    const left: Area = { region: 'shoulder', side: 'left' };
    const right: Area = { region: 'shoulder', side: 'right' };
    const both: Area = { region: 'shoulder', side: 'both' };
    expect(areaCovers(both, left)).toBe(true);
    expect(areaCovers(both, right)).toBe(true);
    expect(areaCovers(both, both)).toBe(true);
    expect(areaCovers(left, left)).toBe(true);
    expect(areaCovers(left, right)).toBe(false);
    expect(areaCovers(left, both)).toBe(false);
  });

  it('the issue: a left-ankle prescription does not cover the lower back', () => {
    expect(areaCovers({ region: 'ankle', side: 'left' }, { region: 'lower-back' })).toBe(false);
  });

  it('full body treated is not covered by a single region', () => {
    expect(areaCovers({ region: 'upper-back' }, { region: 'full-body' })).toBe(false);
  });

  it.each([
    [{ region: 'tail' }],
    [{ region: 'ankle' }],
    [{ region: 'neck', side: 'left' }],
    [{ region: 'ankle', side: 'middle' }],
    [{ region: 'ankle', side: 'left', note: 'x' }],
    [{ side: 'left' }],
    [null],
    ['neck'],
  ])('%j is invalid-area, as prescribed or as treated', (bad) => {
    expectCode(() => areaCovers(bad as Area, { region: 'neck' }), 'invalid-area');
    expectCode(() => areaCovers({ region: 'full-body' }, bad as Area), 'invalid-area');
  });
});
