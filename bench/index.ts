// `npm run bench`: performance goals are checked here, never by timed assertions in tests.
// Prints one table (measure, n, median, p95, target, verdict). Self-contained: temp folders,
// removed at the end. Options: --only=pricing,catalog,rules,calls,startup,ui,clients,intake,bundle,network,pairing  --quick (fewer samples, 20,000 calls and clients)
// --baseline=<dir> (another renderer build, e.g. an earlier commit's out/renderer: start-up and bundle measure it beside this one, in the same run).
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { benchPricing } from './pricing';
import { benchCatalogOrder } from './catalog-order';
import { benchCalls } from './calls';
import { benchUi } from './ui';
import { benchRules } from './prescriptions';
import { benchClients } from './clients';
import { benchIntake } from './intake';
import { benchBundle } from './bundle';
import { benchNetwork } from './network';
import { benchPairing } from './pairing';
import { benchStartup } from './startup';
import { benchMainProcess } from './startup/main-process';
import { rendererDir } from './ui/build';
import { formatTable, verdict, type Section } from './table';
import { cleanup } from './tmp';

const PARTS = ['pricing', 'catalog', 'rules', 'calls', 'startup', 'ui', 'clients', 'intake', 'bundle', 'network', 'pairing'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: readonly string[]): { parts: Part[]; quick: boolean; baseline?: string } {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = only?.filter((p) => !(PARTS as readonly string[]).includes(p)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  const baseline = argv.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length);
  if (baseline !== undefined && !existsSync(join(baseline, 'index.html'))) throw new Error(`--baseline: no index.html in ${baseline}`);
  return { parts: only ? (only as Part[]) : [...PARTS], quick: argv.includes('--quick'), ...(baseline ? { baseline } : {}) };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const { parts, quick, baseline } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const sections: Section[] = [];
  if (parts.includes('pricing')) {
    log('pricing...');
    sections.push(benchPricing(quick ? { calls: 5_000, parses: 10, searches: 1_000 } : { calls: 20_000, parses: 40, searches: 5_000 }));
  }
  if (parts.includes('catalog')) {
    log('catalog file with unknown keys (the quadratic baseline takes about 30 s)...');
    sections.push(benchCatalogOrder(quick ? { runs: 3, baselineRuns: 1 } : { runs: 10, baselineRuns: 1 }));
  }
  if (parts.includes('rules')) {
    log('prescription and coverage rules...');
    sections.push(benchRules({ calls: quick ? 5_000 : 20_000 }));
  }
  if (parts.includes('calls')) {
    log('calls: seeding...');
    sections.push(benchCalls({ calls: quick ? 20_000 : 200_000, rounds: quick ? 5 : 20, naiveRounds: quick ? 1 : 3, log }));
  }
  if (parts.includes('startup')) {
    log('startup...');
    sections.push(await benchStartup({ loads: quick ? 5 : 15, log, baseline }));
    sections.push(await benchMainProcess({ outDir: rendererDir(log).outDir, runs: quick ? 3 : 10, log }));
  }
  if (parts.includes('bundle')) {
    log('bundle...');
    sections.push(benchBundle(log, baseline));
  }
  if (parts.includes('ui')) {
    log('ui...');
    sections.push(await benchUi({ searchPasses: quick ? 2 : 3, log }));
  }
  if (parts.includes('clients')) {
    log('clients: seeding...');
    sections.push(await benchClients({ clients: quick ? 20_000 : 100_000, rounds: quick ? 5 : 20, openings: quick ? 10 : 30, log }));
  }
  if (parts.includes('intake')) {
    log('intake...');
    sections.push(await benchIntake({ samples: quick ? 5 : 20, log }));
  }
  if (parts.includes('network')) {
    log('network...');
    sections.push(await benchNetwork({ clients: quick ? 20_000 : 100_000, requests: quick ? 40 : 200, log }));
  }
  if (parts.includes('pairing')) {
    log('pairing...');
    sections.push(await benchPairing({ pairings: quick ? 10 : 40, log }));
  }
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`\nFront Desk benchmark: ${os.cpus().length} cores (${cpu}), ${os.platform()} ${os.arch()}, ` +
    `Node ${process.versions.node}, ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ', --quick' : ''}\n`);
  console.log(formatTable(sections));
  // A target with no samples is not met either.
  const slow = sections.flatMap((s) => s.rows).filter((r) => verdict(r) === 'SLOW' || (r.target && r.n === 0));
  console.log(slow.length === 0 ? '\nall targets met' : `\n${slow.length} measure(s) over target or without samples: ${slow.map((r) => r.measure.trim()).join('; ')}`);
  return slow.length === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanup();
    process.exit(2);
  });
