// Marks on the body map: at most one per region, kept in the vocabulary's order (the order
// lists and printouts use). A sided region's mark has a side; marking the other side of a
// one-sided mark makes it "both", unmarking one side of "both" leaves the other.
import { REGIONS, regionOf, type RegionId, type Side } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';

/** The side a drawn shape stands for; null for a region that is not sided. */
export type ShapeSide = 'left' | 'right' | null;

const order = new Map(REGIONS.map((r, i) => [r.id, i]));
const sorted = (marks: BodyMark[]) =>
  [...marks].sort((a, b) => (order.get(a.region) ?? 0) - (order.get(b.region) ?? 0));

export function markOf(marks: readonly BodyMark[], region: RegionId): BodyMark | undefined {
  return marks.find((m) => m.region === region);
}

export function covers(mark: BodyMark | undefined, side: ShapeSide): boolean {
  if (!mark) return false;
  if (side === null) return true;
  return mark.side === side || mark.side === 'both';
}

const other = (side: 'left' | 'right'): 'left' | 'right' => (side === 'left' ? 'right' : 'left');

/** Clicking (or Space on) a shape of the map. */
export function toggleShape(marks: readonly BodyMark[], region: RegionId, side: ShapeSide): BodyMark[] {
  const mark = markOf(marks, region);
  const rest = marks.filter((m) => m.region !== region);
  if (!mark) return sorted([...rest, newMark(region, side ?? undefined)]);
  if (side === null || mark.side === side) return rest;
  const next: Side = mark.side === 'both' ? other(side) : 'both';
  return sorted([...rest, { ...mark, side: next }]);
}

/** The list's choice for one region: null = not marked. */
export function setRegion(marks: readonly BodyMark[], region: RegionId, side: Side | 'none' | 'marked'): BodyMark[] {
  const mark = markOf(marks, region);
  const rest = marks.filter((m) => m.region !== region);
  if (side === 'none') return rest;
  const sided = regionOf(region)?.sided ?? false;
  const base = mark ?? newMark(region, undefined);
  const next: BodyMark = { region, pain: base.pain, note: base.note };
  if (sided) next.side = side === 'marked' ? (mark?.side ?? 'both') : side;
  return sorted([...rest, next]);
}

export function updateMark(
  marks: readonly BodyMark[],
  region: RegionId,
  change: Partial<Pick<BodyMark, 'pain' | 'note'>>,
): BodyMark[] {
  return marks.map((m) => (m.region === region ? { ...m, ...change } : m));
}

function newMark(region: RegionId, side: 'left' | 'right' | undefined): BodyMark {
  const sided = regionOf(region)?.sided ?? false;
  const mark: BodyMark = { region, pain: null, note: '' };
  if (sided) mark.side = side ?? 'both';
  return mark;
}
