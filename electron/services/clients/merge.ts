// Merging two records of the same person. Everything that points at the merged record moves
// to the kept one: the tables are found from the schema's foreign keys to clients, so calls
// today and intake forms, prescriptions and visits later move without this file knowing
// them. The kept record keeps its own details and takes the other's where it has none
// (notes are joined); the merged record is archived with merged_into set, never deleted.
import type { Database } from 'better-sqlite3';
import type { Client, MergePreview } from '../../../shared/api/clients';
import { ApiFailure } from '../../../shared/api/result';
import { businessCountry } from '../phones';
import { withShownPhones } from './phone';
import { liveClient, writeClient } from './records';

type Reference = { table: string; column: string };

/** Every (table, column) with a foreign key to clients, except clients' own merged_into. */
function references(db: Database): Reference[] {
  return db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column"
       FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'clients' AND m.name <> 'clients'
       ORDER BY m.name, f."from"`,
    )
    .all() as Reference[];
}

/** Names come from our own schema; quoted as identifiers all the same. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function merged(keep: Client, other: Client): Client {
  const pick = <T>(a: T, b: T) => (a === '' || a === null ? b : a);
  const notes = [keep.note, other.note].filter((n, i, all) => n !== '' && all.indexOf(n) === i);
  return {
    ...keep,
    name: pick(keep.name, other.name),
    phone: pick(keep.phone, other.phone),
    email: pick(keep.email, other.email),
    birthDate: pick(keep.birthDate, other.birthDate),
    address: pick(keep.address, other.address),
    emergencyName: pick(keep.emergencyName, other.emergencyName),
    emergencyPhone: pick(keep.emergencyPhone, other.emergencyPhone),
    emergencyRelationship: pick(keep.emergencyRelationship, other.emergencyRelationship),
    note: notes.join('\n'),
  };
}

function pair(db: Database, keepId: number, mergeId: number): { keep: Client; merge: Client } {
  if (keepId === mergeId) throw new ApiFailure('conflict', { reason: 'same-client' });
  const keep = liveClient(db, keepId);
  const merge = liveClient(db, mergeId);
  if (keep.archivedAt !== null) throw new ApiFailure('conflict', { reason: 'archived', clientId: keepId });
  if (merge.mergedInto !== null) throw new ApiFailure('conflict', { reason: 'merged', clientId: merge.mergedInto });
  return { keep, merge };
}

export function mergePreview(db: Database, keepId: number, mergeId: number): MergePreview {
  const { keep, merge } = pair(db, keepId, mergeId);
  const moves = references(db).map(({ table, column }) => ({
    table,
    count: db.prepare(`SELECT count(*) FROM ${ident(table)} WHERE ${ident(column)} = ?`).pluck().get(mergeId) as number,
  }));
  const byTable = new Map<string, number>();
  for (const m of moves) byTable.set(m.table, (byTable.get(m.table) ?? 0) + m.count);
  // Only what actually moves: a table with nothing of this record's is not news to the desk.
  const moving = [...byTable].filter(([, count]) => count > 0);
  return { keep, merge, result: withShownPhones(merged(keep, merge), businessCountry(db)), moves: moving.map(([table, count]) => ({ table, count })) };
}

/** One transaction: rows move, the merged record is archived, the kept one updated. */
export function mergeClients(db: Database, keepId: number, mergeId: number, now: Date): Client {
  return db
    .transaction(() => {
      const { keep, merge } = pair(db, keepId, mergeId);
      const at = now.toISOString();
      for (const { table, column } of references(db)) {
        db.prepare(`UPDATE ${ident(table)} SET ${ident(column)} = ? WHERE ${ident(column)} = ?`).run(keepId, mergeId);
      }
      db.prepare('UPDATE clients SET merged_into = ? WHERE merged_into = ?').run(keepId, mergeId);
      // archived first: the kept record may take over its number (one active per number)
      writeClient(db, { ...merge, archivedAt: merge.archivedAt ?? at, mergedInto: keepId, updatedAt: at });
      return writeClient(db, { ...merged(keep, merge), updatedAt: at });
    })
    .immediate();
}
