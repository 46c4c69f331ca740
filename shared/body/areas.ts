// The one vocabulary of body regions shared by the intake body map, the prescription and
// the visit (../shared/specs/prescriptions-and-coverage.md, "Body areas"). Order is the
// spec's table order, which is also the order lists and printouts use.
import type { Bilingual } from '../vocabulary';

export const REGION_IDS = [
  'head',
  'neck',
  'chest',
  'abdomen',
  'upper-back',
  'lower-back',
  'full-body',
  'jaw',
  'shoulder',
  'upper-arm',
  'elbow',
  'forearm',
  'hand',
  'hip',
  'buttock',
  'thigh',
  'knee',
  'lower-leg',
  'ankle',
  'foot',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const SIDES = ['left', 'right', 'both'] as const;
export type Side = (typeof SIDES)[number];

/** `{ region: 'ankle', side: 'left' }`; a region that is not sided has no side. */
export type Area = { region: RegionId; side?: Side };

export type Region = { id: RegionId; sided: boolean; name: Bilingual };

export const REGIONS: readonly Region[] = [
  { id: 'head', sided: false, name: { ko: '머리', en: 'Head' } },
  { id: 'neck', sided: false, name: { ko: '목', en: 'Neck' } },
  { id: 'chest', sided: false, name: { ko: '가슴', en: 'Chest' } },
  { id: 'abdomen', sided: false, name: { ko: '배', en: 'Abdomen' } },
  { id: 'upper-back', sided: false, name: { ko: '등 (흉추 부위)', en: 'Upper back (thoracic)' } },
  { id: 'lower-back', sided: false, name: { ko: '허리 (요추 부위)', en: 'Lower back (lumbar)' } },
  { id: 'full-body', sided: false, name: { ko: '전신', en: 'Full body' } },
  { id: 'jaw', sided: true, name: { ko: '턱', en: 'Jaw' } },
  { id: 'shoulder', sided: true, name: { ko: '어깨', en: 'Shoulder' } },
  { id: 'upper-arm', sided: true, name: { ko: '위팔', en: 'Upper arm' } },
  { id: 'elbow', sided: true, name: { ko: '팔꿈치', en: 'Elbow' } },
  { id: 'forearm', sided: true, name: { ko: '아래팔', en: 'Forearm' } },
  { id: 'hand', sided: true, name: { ko: '손목·손', en: 'Wrist and hand' } },
  { id: 'hip', sided: true, name: { ko: '고관절', en: 'Hip' } },
  { id: 'buttock', sided: true, name: { ko: '엉덩이', en: 'Buttock' } },
  { id: 'thigh', sided: true, name: { ko: '허벅지', en: 'Thigh' } },
  { id: 'knee', sided: true, name: { ko: '무릎', en: 'Knee' } },
  { id: 'lower-leg', sided: true, name: { ko: '종아리·정강이', en: 'Lower leg' } },
  { id: 'ankle', sided: true, name: { ko: '발목', en: 'Ankle' } },
  { id: 'foot', sided: true, name: { ko: '발', en: 'Foot' } },
];

export const SIDE_NAMES: Record<Side, Bilingual> = {
  left: { ko: '왼쪽', en: 'Left' },
  right: { ko: '오른쪽', en: 'Right' },
  both: { ko: '양쪽', en: 'Both' },
};

const byId = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));

export function regionOf(id: string): Region | undefined {
  return byId.get(id);
}

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && byId.has(value);
}

/** True for `{ region, side? }` that follows the spec: a known region, a side exactly when
 *  the region is sided, nothing else. Anything else is the spec's `invalid-area`. */
export function isValidArea(value: unknown): value is Area {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // A key whose value is undefined is absent, as JSON would have it: { region, side } built
  // with no side is the region without one.
  const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const { region, side } = value as { region?: unknown; side?: unknown };
  const known = regionOf(typeof region === 'string' ? region : '');
  if (!known) return false;
  if (!known.sided) return keys.length === 1 && keys[0] === 'region';
  return (
    keys.length === 2 &&
    keys.includes('side') &&
    typeof side === 'string' &&
    (SIDES as readonly string[]).includes(side)
  );
}

/** "왼쪽 발목" / "Left ankle"; "양쪽 어깨" / "Shoulder (both sides)"; "목" / "Neck". */
export function areaName(area: Area, lang: 'ko' | 'en'): string {
  const region = regionOf(area.region);
  const name = region ? region.name[lang] : area.region;
  if (!area.side) return name;
  const side = SIDE_NAMES[area.side][lang];
  if (lang === 'ko') return `${side} ${name}`;
  // "Left ankle", but "Shoulder (both sides)": "Both shoulder" is not English, and plurals
  // of "wrist and hand" or "jaw" read worse than naming the sides.
  if (area.side === 'both') return `${name} (both sides)`;
  return `${side} ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}
