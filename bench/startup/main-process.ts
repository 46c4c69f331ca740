// What the Electron start adds that a page load does not, timed in Node (no Electron runtime
// here): the main process's own start (loading the bundled core, opening the database,
// serving) and the database open with and without migrations. Electron's runtime start and
// the window's creation are not included: they cannot be measured without Electron.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openFrontDesk } from '../../electron/app/front-desk';
import { openDatabase } from '../../electron/db/open';
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
  // Templates: today's schema with a clinic's data; and the schema of migration 002 with
  // the same calls (an update then runs 003, which indexes every call's words).
  const templates = tempDir('main-templates');
  const current = join(templates, 'current.sqlite3');
  const older = join(templates, 'v2.sqlite3');
  for (const [file, list] of [[current, migrations], [older, migrations.slice(0, 2)]] as const) {
    const db = openDatabase(file, { migrations: list });
    const catalog = replaceCatalog(db, bigCatalog());
    seedManyCalls(db, CALLS, catalog, { now: new Date() });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }

  const firstRun = Array.from({ length: runs }, () => timeOpen(copyOf(null)));
  const everyday = Array.from({ length: runs }, () => timeOpen(copyOf(current)));
  const updated = Array.from({ length: runs }, () => timeOpen(copyOf(older)));

  const rows: Row[] = [
    row('core open (openFrontDesk): first run', firstRun),
    row('  everyday start (DB up to date)', everyday),
    row('  after an update (migration 003 + backup)', updated),
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
