// Optimistic concurrency (migration 009): a save names the version it was edited from; when
// another desk saved in between, the save is refused with the record as it is now, inside
// the same write transaction, so nothing is half-written and nothing silently overwritten.
import { ApiFailure } from '../../shared/api/result';

export function refuseStale<T extends { rowVersion: number }>(current: T, expectedVersion: number): void {
  if (current.rowVersion !== expectedVersion) throw new ApiFailure('conflict', { reason: 'changed', current });
}
