// A client's insurance policies: which plan, member id, policy holder, valid from/to.
import type { Database } from 'better-sqlite3';
import type { PolicyRecord } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { prepared } from '../../db/prepared';
import { getClient, liveClient } from '../clients';
import { getPlan } from './plans';
import { toPolicyRecord, type PolicyRow } from './rows';

export type PolicyInput = {
  clientId: number;
  planId: string;
  memberId: string;
  holder: string;
  validFrom: string | null;
  validTo: string | null;
};

export function getPolicy(db: Database, id: number): PolicyRecord {
  const row = prepared(db, 'SELECT * FROM policies WHERE id = ?').get(id) as PolicyRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'policy', id });
  return toPolicyRecord(row);
}

export function listPolicies(db: Database, clientId: number): PolicyRecord[] {
  getClient(db, clientId);
  return (prepared(db, 'SELECT * FROM policies WHERE client_id = ? ORDER BY archived_at IS NOT NULL, id DESC').all(clientId) as PolicyRow[]).map(
    toPolicyRecord,
  );
}

export function createPolicy(db: Database, input: PolicyInput, now: Date): PolicyRecord {
  liveClient(db, input.clientId);
  getPlan(db, input.planId);
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw new ApiFailure('invalid-input', { issues: [{ path: 'validTo', message: 'before validFrom' }] });
  }
  const id = prepared(
    db,
    `INSERT INTO policies (client_id, plan_id, member_id, holder, valid_from, valid_to, created_at)
     VALUES (@clientId, @planId, @memberId, @holder, @validFrom, @validTo, @at)`,
  ).run({ ...input, memberId: input.memberId.trim(), holder: input.holder.trim(), at: now.toISOString() }).lastInsertRowid;
  return getPolicy(db, Number(id));
}

export function archivePolicy(db: Database, id: number, archived: boolean, now: Date): PolicyRecord {
  getPolicy(db, id);
  prepared(db, 'UPDATE policies SET archived_at = ? WHERE id = ?').run(archived ? now.toISOString() : null, id);
  return getPolicy(db, id);
}

/** Whether the policy applies on `date` (valid from/to, both optional and inclusive). */
export const policyInForce = (policy: Pick<PolicyRecord, 'validFrom' | 'validTo'>, date: string): boolean =>
  (policy.validFrom === null || date >= policy.validFrom) && (policy.validTo === null || date <= policy.validTo);
