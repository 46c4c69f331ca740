// Which treated area a prescribed area allows (spec "Body areas", `areaCovers`).
import { isValidArea, type Area } from '../body/areas';
import { PrescriptionError } from './errors';

export function requireArea(value: unknown, field: string): Area {
  if (!isValidArea(value)) throw new PrescriptionError('invalid-area', { field, reason: 'not-an-area' });
  return value.side ? { region: value.region, side: value.side } : { region: value.region };
}

/** True when `prescribed` allows treating `treated`: a full-body prescription allows
 *  everything; otherwise the same region, and for a sided region the prescribed side is
 *  `both` or the treated side (the left shoulder does not allow "both shoulders"). */
export function areaCovers(prescribed: Area, treated: Area): boolean {
  const p = requireArea(prescribed, 'prescribed');
  const t = requireArea(treated, 'treated');
  if (p.region === 'full-body') return true;
  if (p.region !== t.region) return false;
  return p.side === undefined || p.side === 'both' || p.side === t.side;
}
