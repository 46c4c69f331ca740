// The shared body-area vocabulary: the spec's table, what counts as an area, and its names.
import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_IDS, areaName, isValidArea } from '../../../shared/body/areas';

describe('body areas', () => {
  it('has the spec table: 20 regions, 13 of them sided, in its order', () => {
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
    expect(REGIONS.filter((r) => r.sided).map((r) => r.id)).toEqual([
      'jaw', 'shoulder', 'upper-arm', 'elbow', 'forearm', 'hand', 'hip', 'buttock', 'thigh', 'knee', 'lower-leg', 'ankle', 'foot',
    ]);
  });

  it('takes a side exactly when the region is sided, and nothing else', () => {
    expect(isValidArea({ region: 'ankle', side: 'left' })).toBe(true);
    expect(isValidArea({ region: 'neck' })).toBe(true);
    // Built as { region, side } with no side: the region without one, as JSON would send it.
    expect(isValidArea({ region: 'neck', side: undefined })).toBe(true);
    for (const bad of [
      { region: 'ankle' },
      { region: 'neck', side: 'left' },
      { region: 'ankle', side: 'up' },
      { region: 'tail' },
      { region: 'ankle', side: 'left', note: 'x' },
      { region: 'ankle', side: undefined },
      null,
      'neck',
      ['neck'],
    ]) {
      expect(isValidArea(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('names an area as people say it in each language', () => {
    expect(areaName({ region: 'ankle', side: 'left' }, 'ko')).toBe('왼쪽 발목');
    expect(areaName({ region: 'ankle', side: 'left' }, 'en')).toBe('Left ankle');
    expect(areaName({ region: 'shoulder', side: 'both' }, 'ko')).toBe('양쪽 어깨');
    expect(areaName({ region: 'shoulder', side: 'both' }, 'en')).toBe('Shoulder (both sides)');
    expect(areaName({ region: 'lower-back' }, 'en')).toBe('Lower back (lumbar)');
  });
});
