// What the Electron start adds that a page load does not, timed in Node (no Electron runtime
// here): the main process's own start (loading the bundled core, opening the database,
// serving) and the database open with and without migrations. Electron's runtime start and
// the window's creation are not included: they cannot be measured without Electron.
import { spawn } from 'node:child_process';
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openFrontDesk } from '../../electron/app/front-desk';
import { openDatabase } from '../../electron/db/open';
import { cleanCloseNote } from '../../electron/db/clean-close';
import { migrations } from '../../electron/db/migrations';
import { replaceCatalog } from '../../electron/services/catalog';
import { seedManyCalls } from '../../tests/support/seed-calls';
import { bigCatalog } from '../catalog';
import { nowMs } from '../stats';
import { row, type Row, type Section } from '../table';
import { tempDir } from '../tmp';

const CALLS = 5_000;

/** Milliseconds from spawn until the process prints a line matching `ready`; then it is stopped. */
function timeToLine(args: string[], ready: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) {
        const ms = nowMs() - started;
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(ms);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!ready.test(out)) reject(new Error(`${args.join(' ')} exited (${code}) before it was ready: ${err.slice(0, 500)}`));
    });
  });
}

/** A data folder holding a copy of `template` (a fresh copy for every timed open). */
function copyOf(template: string | null): string {
  const dir = tempDir('main');
  if (template) copyFileSync(template, join(dir, DATABASE_FILE));
  return dir;
}

function timeOpen(dataDir: string): number {
  const started = nowMs();
  const frontDesk = openFrontDesk({ dataDir, host: 'electron', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
  const ms = nowMs() - started;
  frontDesk.close();
  return ms;
}

export async function benchMainProcess(opts: { outDir: string; runs?: number; log: (line: string) => void }): Promise<Section> {
  const runs = opts.runs ?? 10;
  opts.log('start-up: main process in Node...');
  // Templates: today's schema with a clinic's data; and the same calls in a database of the
  // release before clients (schema 003): an update then backs it up and runs 004-006, which
  // attach every call to a client by its phone number.
  const templates = tempDir('main-templates');
  const current = join(templates, 'current.sqlite3');
  const older = join(templates, 'v3.sqlite3');
  const db = openDatabase(current);
  seedManyCalls(db, CALLS, replaceCatalog(db, bigCatalog()), { now: new Date() });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const old = openDatabase(older, { migrations: migrations.slice(0, 3) });
  // Every plain table of schema 003 (the price list, settings, calls) gets today's rows in the
  // columns it had then; the search indexes fill from the calls' triggers. Today's services
  // cannot write it (their columns are newer), so rows are copied, not re-saved.
  old.prepare('ATTACH DATABASE ? AS today').run(current);
  const tables = old
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT GLOB 'calls_fts*' AND name NOT GLOB 'calls_words*' ORDER BY rowid")
    .pluck()
    .all() as string[];
  old.pragma('foreign_keys = OFF');
  old.transaction(() => {
    for (const table of tables) {
      const columns = (old.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
      old.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM today.${table}`);
    }
  })();
  old.pragma('foreign_keys = ON');
  old.exec('DETACH DATABASE today');
  old.pragma('wal_checkpoint(TRUNCATE)');
  old.close();

  const firstRun = Array.from({ length: runs }, () => timeOpen(copyOf(null)));
  // The first start of a day may do more (e.g. the daily backup) than a later one.
  const firstOfDay: number[] = [];
  const later: number[] = [];
  const afterCrash: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = copyOf(current);
    firstOfDay.push(timeOpen(dir));
    later.push(timeOpen(dir)); // the run before closed cleanly: no quick_check
    rmSync(cleanCloseNote(join(dir, DATABASE_FILE)), { force: true }); // as if it had been killed
    afterCrash.push(timeOpen(dir));
  }
  // At the first start of a day and after a run that did not close cleanly (electron/db/open.ts):
  // it reads every page, so it grows with the file.
  const quickCheck = Array.from({ length: runs }, () => {
    const file = join(copyOf(current), DATABASE_FILE);
    const raw = new BetterSqlite3(file, { readonly: true });
    const started = nowMs();
    raw.pragma('quick_check(20)');
    const ms = nowMs() - started;
    raw.close();
    return ms;
  });
  const updated = Array.from({ length: runs }, () => timeOpen(copyOf(older)));

  const rows: Row[] = [
    row('core open (openFrontDesk): first run', firstRun),
    row('  first start of the day (DB up to date)', firstOfDay),
    row('  a later start the same day (clean close before)', later),
    row('  a later start after a crash (quick_check runs)', afterCrash),
    row('    of which PRAGMA quick_check', quickCheck),
    row('  after an update (backup + migrations 004-006)', updated),
  ];
  const notes = [
    `main process timed in Node ${process.versions.node}: openFrontDesk in this process (open, migrations, seed or settings), ` +
      `${runs} runs each on a fresh copy; data: 500 services, ${CALLS.toLocaleString('en')} calls. A first run stores the seed catalog.`,
  ];

  const webHost = join(opts.outDir, 'main/web-host.js');
  if (existsSync(webHost)) {
    const node = Array.from({ length: runs }, () => 0);
    const host = Array.from({ length: runs }, () => 0);
    for (let i = 0; i < runs; i++) {
      node[i] = await timeToLine(['-e', 'console.log("up")'], /up/);
      const dir = copyOf(current);
      mkdirSync(dir, { recursive: true });
      host[i] = await timeToLine([webHost, '--data-dir', dir, '--no-open'], /Front Desk web host: http/);
    }
    rows.push(
      row('  Node process, nothing loaded', node),
      row('  bundled core process to serving (web-host.js)', host),
    );
    notes.push(
      'the bundled main process (out/main: the chunk Electron\'s main and the web host share) started as its own Node process ' +
        'until it serves: loading the core, opening the database (everyday), listening; beside a bare Node process. ' +
        'The difference is what the app adds to the process start; Electron adds its own runtime and window on top (not measurable here).',
    );
  }
  return { title: 'main process start, in Node', rows, notes };
}
