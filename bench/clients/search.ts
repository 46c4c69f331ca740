// Part 4a: client search over 100,000 clients in a temp SQLite file, through the service
// (searchClients) and, side by side in the same rounds, the very statements it runs prepared
// directly; each kind's p95 must stay under 10 ms and within 1.5x of the direct SQL.
import { join } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import type { ClientFilter } from '../../shared/api/clients';
import { openDatabase } from '../../electron/db/open';
import { replaceCatalog } from '../../electron/services/catalog';
import { searchClients } from '../../electron/services/clients';
import { buildClientQuery, clientCountSql, clientListSql } from '../../electron/services/clients/search';
import { seedManyClients } from '../../tests/support/seed-clients';
import seedFile from '../../resources/seed-catalog.json';
import { nowMs, timeOnce } from '../stats';
import { ratioRow, row, type Row, type Section } from '../table';
import { onCleanup, tempDir } from '../tmp';

const PAGE = 50;
const TARGET = { stat: 'p95', max: 10 } as const;
const MAX_RATIO = 1.5;

type Prepared = { list: Statement; count: Statement; params: Record<string, string | number> };

function prepareRaw(db: Database, filter: ClientFilter): Prepared {
  const q = buildClientQuery(filter);
  return { list: db.prepare(clientListSql(q)), count: db.prepare(clientCountSql(q)).pluck(), params: q.params };
}

/** Page 1 and, when it is full, the capped count: the same steps as searchClients. */
function runPrepared(p: Prepared): number {
  const rows = p.list.all({ ...p.params, limit: PAGE, offset: 0 });
  return rows.length < PAGE ? rows.length : (p.count.get(p.params) as number);
}

/** What a receptionist types, by kind; digits and emails taken from the seeded rows. */
function queryMix(db: Database): { kind: string; filters: ClientFilter[] }[] {
  const sample = db
    .prepare("SELECT phone, email FROM clients WHERE phone LIKE '+8210%' AND email <> '' ORDER BY id LIMIT 4 OFFSET 5000")
    .all() as { phone: string; email: string }[];
  const national = (e164: string) => `0${e164.slice(3, 5)}-${e164.slice(5, 9)}-${e164.slice(9)}`;
  return [
    { kind: 'full name (ko)', filters: ['김민지', '이서연', '박지훈', '최유진'].map((text) => ({ text })) },
    { kind: 'surname (1 char)', filters: ['김', '이', '박', '황'].map((text) => ({ text })) },
    { kind: 'given name (2 chars)', filters: ['민지', '서연', '지훈', '하은'].map((text) => ({ text })) },
    { kind: 'initials (ㄱㅁㅈ)', filters: ['ㄱㅁㅈ', 'ㅇㅅㅇ', 'ㅂㅈㅎ', 'ㅎㅇ'].map((text) => ({ text })) },
    { kind: 'English name', filters: ['Smith', 'Jo', 'Emily Park', 'Müller'].map((text) => ({ text })) },
    { kind: 'phone, last 4 digits', filters: sample.map((s) => ({ text: s.phone.slice(-4) })) },
    { kind: 'phone, whole number', filters: sample.map((s) => ({ text: national(s.phone) })) },
    { kind: 'email', filters: [...sample.map((s) => ({ text: s.email })), { text: 'gmail' }] },
    { kind: 'no text (newest first)', filters: [{}, { includeArchived: true }] },
  ];
}

export function benchClientSearch(opts: { clients: number; rounds: number; log: (line: string) => void }): { rows: Row[]; notes: string[] } {
  const dir = tempDir('clients');
  const db = openDatabase(join(dir, 'clients.sqlite3'));
  onCleanup(() => {
    db.close();
  });
  replaceCatalog(db, seedFile);
  const seedStart = nowMs();
  seedManyClients(db, opts.clients);
  const seedSeconds = (nowMs() - seedStart) / 1000;
  opts.log(`clients: seeded ${opts.clients} clients in ${seedSeconds.toFixed(1)} s`);

  const kinds = queryMix(db).map((k) => ({ ...k, raw: k.filters.map((f) => prepareRaw(db, f)), service: [] as number[], rawMs: [] as number[] }));
  for (const k of kinds) k.filters.forEach((f, i) => (searchClients(db, f), runPrepared(k.raw[i]!))); // warm-up
  for (let round = 0; round < opts.rounds; round++) {
    for (const k of kinds) {
      k.filters.forEach((f, i) => {
        const service = () => k.service.push(timeOnce(() => searchClients(db, { ...f, limit: PAGE })));
        const raw = () => k.rawMs.push(timeOnce(() => runPrepared(k.raw[i]!)));
        if (round % 2 === 0) (service(), raw());
        else (raw(), service());
      });
    }
  }
  const rows: Row[] = [];
  for (const k of kinds) {
    rows.push(row(`client search: ${k.kind}`, k.service, TARGET));
    rows.push(row('  (a) same SQL, prepared directly', k.rawMs));
    rows.push(ratioRow('  service / (a)', k.service, k.rawMs, MAX_RATIO));
  }
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const kim = searchClients(db, { text: '김' });
  return {
    rows,
    notes: [
      `${opts.clients} clients seeded in ${seedSeconds.toFixed(1)} s (database ${Math.round((pages * pageSize) / 2 ** 20)} MB; ` +
        `80% Korean names with surnames weighted as in Korea, 20% English, unique mobile numbers, 40% with email, 3% archived); ` +
        `page of ${PAGE} plus the capped count when full, as searchClients does; no ANALYZE.`,
      `"김": ${kim.totalCapped ? '1000+' : kim.total} matches. A ratio row compares p95 with p95 (and median with median) of the same rounds.`,
    ],
  };
}
