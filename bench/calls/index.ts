// Part 2: call-log search over 200,000 saved calls in a temp SQLite file, through the
// service (searchCalls) and, for comparison, (a) the very statements it runs, prepared
// directly, and (b) naive LIKE '%x%' SQL without the FTS index.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CallFilter } from '../../shared/api/calls';
import { openDatabase } from '../../electron/db/open';
import { replaceCatalog } from '../../electron/services/catalog';
import { searchCalls } from '../../electron/services/calls';
import { seedManyCalls } from '../../tests/support/seed-calls';
import { buildQuery, countSql, listSql } from '../../electron/services/calls/search';
import seedFile from '../../resources/seed-catalog.json';
import { nowMs, timeOnce } from '../stats';
import { row, type Row, type Section } from '../table';
import { onCleanup, tempDir } from '../tmp';
import { prepareNaive, type Prepared } from './naive';
import { queryMix } from './queries';

export type CallsOptions = { calls: number; rounds: number; naiveRounds: number; log: (line: string) => void };

const PAGE = 100;
const TARGET = { stat: 'p95', max: 10 } as const;

/** The service's own statements, prepared here: what searchCalls runs minus its JS. */
function prepareRaw(db: Database, filter: CallFilter): Prepared {
  const q = buildQuery(filter);
  return { list: db.prepare(listSql(q)), count: db.prepare(countSql(q)).pluck(), params: q.params };
}

/** Page 1, and the capped count when the page is full: the same steps as searchCalls. */
function runPrepared(p: Prepared): number {
  const rows = p.list.all({ ...p.params, limit: PAGE, offset: 0 });
  return rows.length < PAGE ? rows.length : (p.count.get(p.params) as number);
}

function plan(db: Database, filter: CallFilter): string[] {
  const q = buildQuery(filter);
  const steps = db.prepare(`EXPLAIN QUERY PLAN ${listSql(q)}`).all({ ...q.params, limit: PAGE, offset: 0 }) as { detail: string }[];
  return steps.map((s) => s.detail);
}

export function benchCalls(opts: CallsOptions): Section {
  const dir = tempDir('calls');
  const db = openDatabase(join(dir, 'calls.sqlite3'));
  onCleanup(() => {
    db.close();
  });
  const catalog = replaceCatalog(db, seedFile);
  const now = new Date();
  const seedStart = nowMs();
  seedManyCalls(db, opts.calls, catalog, { now });
  const seedSeconds = (nowMs() - seedStart) / 1000;
  opts.log(`calls: seeded ${opts.calls} calls in ${seedSeconds.toFixed(1)} s`);

  const kinds = queryMix(now).map((k) => ({
    ...k,
    raw: k.filters.map((f) => prepareRaw(db, f)),
    naive: k.filters.map((f) => prepareNaive(db, f)),
    service: [] as number[],
    rawMs: [] as number[],
    naiveMs: [] as number[],
  }));

  // Warm-up round (page cache, statement caches). Then service and (a) alternate which goes
  // first, so neither always pays the page-cache misses; (b) scans evict that cache, so its
  // rounds come after.
  for (const k of kinds) k.filters.forEach((f, i) => (searchCalls(db, f), runPrepared(k.raw[i]!)));
  for (let round = 0; round < opts.rounds; round++) {
    for (const k of kinds) {
      k.filters.forEach((f, i) => {
        const service = () => k.service.push(timeOnce(() => searchCalls(db, f)));
        const raw = () => k.rawMs.push(timeOnce(() => runPrepared(k.raw[i]!)));
        if (round % 2 === 0) (service(), raw());
        else (raw(), service());
      });
    }
  }
  for (let round = 0; round < opts.naiveRounds; round++) {
    for (const k of kinds) k.naive.forEach((p) => k.naiveMs.push(timeOnce(() => runPrepared(p))));
  }

  const rows: Row[] = [];
  for (const k of kinds) {
    rows.push(row(`search: ${k.kind}`, k.service, TARGET));
    rows.push(row('  (a) same SQL, prepared directly', k.rawMs));
    rows.push(row('  (b) naive LIKE, no FTS', k.naiveMs));
  }
  rows.push(row('search: all kinds (service)', kinds.flatMap((k) => k.service), TARGET));
  rows.push(row('  (a) same SQL, prepared directly', kinds.flatMap((k) => k.rawMs)));
  rows.push(row('  (b) naive LIKE, no FTS', kinds.flatMap((k) => k.naiveMs)));

  const example: CallFilter = { text: '김민수' };
  const first = searchCalls(db, example);
  const pages = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const notes = [
    `${opts.calls} calls seeded in ${seedSeconds.toFixed(1)} s (database ${Math.round((pages * pageSize) / 2 ** 20)} MB); page of ${PAGE}, plus the capped count (max 1000) ` +
      `when the page is full, as searchCalls does; no ANALYZE (the app does not run it).`,
    `"${example.text}": ${first.totalCapped ? '1000+' : first.total} matches. EXPLAIN QUERY PLAN of its list query:\n` +
      plan(db, example).map((d) => `    ${d}`).join('\n'),
  ];
  return { title: `call search, ${opts.calls} calls (SQLite ${sqliteVersion(db)})`, rows, notes };
}

function sqliteVersion(db: Database): string {
  return db.prepare('SELECT sqlite_version()').pluck().get() as string;
}
