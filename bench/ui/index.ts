// Part 3: keystroke -> updated total on screen, in Chromium through the web host, with the
// 500-service catalog; keystroke -> updated coverage answer ("will my plan cover it?", the
// same target); and keystroke -> updated list in the service search. Measured under
// a steady background load (one core busy: bench/ui/load.ts), the target; and the quote
// keys once more on the quiet machine, beside it, for comparison.
import { quotePage } from '../../tests/e2e/pages/quote';
import { bigCatalog } from '../catalog';
import { row, type Row, type Section } from '../table';
import { rendererDir } from './build';
import { busyCore } from './load';
import { installProbe, TICK_MS, type Sample } from './probe';
import { chromiumPath, openSession } from './session';
import { driveCoverage, driveFloor, driveQuote, driveSearch, newSamples, openCoverageAnswer, openFloor, type Samples } from './drive';

const FRAME = { stat: 'p95', max: 16 } as const;
const toDom = (s: readonly Sample[]) => s.map((x) => x.dom - x.start);
const toFrame = (s: readonly Sample[]) => s.map((x) => x.frame - x.start);
/** Key to the frame painted (its work done) less the time the change waited in the DOM for
 *  the display's tick: the frame's time given to requestAnimationFrame minus the DOM time,
 *  when later, modulo one tick (a tick missed counts against the page). The page's own part. */
const ownPart = (s: readonly Sample[]) => s.map((x) => x.painted - x.start - (x.begin > x.dom ? (x.begin - x.dom) % TICK_MS : 0));
/** Longer than the loaded measures ever take; the load stops earlier when they are done. */
const LOAD_MAX_SECONDS = 300;

export async function benchUi(opts: { searchPasses: number; log: (line: string) => void }): Promise<Section> {
  const title = 'keystroke -> screen, Chromium via the web host, 500 services, one core busy';
  const exe = chromiumPath();
  if (!exe) return { title, rows: [], notes: ['skipped: no Chromium at /usr/bin/chromium (apt-get install chromium) or $CHROMIUM_PATH'] };
  const build = rendererDir(opts.log);
  const catalog = bigCatalog();
  const { page, version } = await openSession({ catalog, rendererDir: build.dir, executablePath: exe });
  const q = quotePage(page, 'ko');
  await q.heading().waitFor();
  await q.pickService('ㅅㅇㄷㅅ');
  await q.total().waitFor();
  await installProbe(page);

  const floorPage = await openFloor(page.context().browser()!);
  opts.log('ui: quote screen and floor, quiet...');
  const quiet = newSamples();
  await driveQuote(page, q, quiet);
  const floorQuiet = newSamples();
  await driveFloor(floorPage, floorQuiet);

  await openCoverageAnswer(page);

  opts.log('ui: quote screen, coverage panel and search, one core busy...');
  const load = busyCore(LOAD_MAX_SECONDS);
  const quote = newSamples();
  const coverage = newSamples();
  const search = newSamples();
  const floor = newSamples();
  const paced = newSamples({ pace: 'person' });
  const floorPaced = newSamples({ pace: 'person' });
  try {
    await driveQuote(page, q, quote);
    await driveFloor(floorPage, floor);
    await driveQuote(page, q, paced);
    await driveFloor(floorPage, floorPaced);
    await driveCoverage(page, q, coverage);
    await driveSearch(page, q, search, opts.searchPasses);
  } finally {
    await load.stop();
  }

  const all = (s: Samples) => [...s.byAction.values()].flat();
  const searchSamples = all(search);
  const rows: Row[] = [
    row('keystroke -> total, to DOM', toDom(all(quote)), FRAME),
    row('keystroke -> total, to next frame', toFrame(all(quote)), FRAME),
    ...[...quote.byAction].map(([action, s]) => row(`  ${action}, to next frame`, toFrame(s))),
    row('  quiet machine (no load), to next frame', toFrame(all(quiet))),
    row('  keys at a person\'s pace (one every 120-137 ms), to next frame', toFrame(all(paced))),
    row('  floor (a bare number field), to next frame', toFrame(all(floor))),
    row('  floor, keys at a person\'s pace', toFrame(all(floorPaced))),
    row('  floor, quiet machine', toFrame(all(floorQuiet))),
    row('keystroke -> total painted, the page\'s own part', ownPart(all(quote)), FRAME),
    row('  keys at a person\'s pace', ownPart(all(paced))),
    row('  floor, its own part', ownPart(all(floor))),
    { ...row('  components rendered per key', all(quote).map((x) => x.renders)), unit: 'n' },
    { ...row('  DOM elements React updated per key', all(quote).map((x) => x.updates)), unit: 'n' },
    row('keystroke -> coverage answer, to next frame', toFrame(all(coverage)), FRAME),
    ...[...coverage.byAction].map(([action, s]) => row(`  ${action}, to next frame`, toFrame(s))),
    row('search keystroke -> list, to DOM', toDom(searchSamples), FRAME),
    row('search keystroke -> list, to next frame', toFrame(searchSamples), FRAME),
  ];
  const counts = new Map<string, number>();
  const runs = [quiet, floorQuiet, quote, floor, paced, floorPaced, coverage, search];
  for (const m of runs.flatMap((r) => r.misses)) counts.set(m, (counts.get(m) ?? 0) + 1);
  const missed = [...counts].map(([m, n]) => (n > 1 ? `${m} (x${n})` : m)).join(', ') || 'none';
  return {
    title,
    rows,
    notes: [
      `Chromium ${version} headless, --disable-gpu (software compositing); React production build from ` +
        (build.built ? `a fresh electron-vite build (${build.seconds.toFixed(0)} s, temp folder)` : 'out/renderer (up to date)') + '.',
      'load: a separate Node process spinning on one core for the whole loaded measure (bounded, stopped after it); ' +
        '"quiet machine" = the same quote keys before the load starts (other work on the machine is not controlled).',
      'floor: a page with one number field whose input event writes its value into an output (no framework, no style), ' +
        'the same arrows, probe and load, right after the quote keys: what the measure reads when a key costs almost nothing ' +
        '(the key\'s way in and the wait for the next frame).',
      'pace: each key is sent once the last one\'s frame came, so where it falls between two ticks of the display depends on ' +
        'the bench\'s own round trips; "a person\'s pace": each waits 120-137 ms first (the last part spread evenly over a frame).',
      '"own part" = key to the frame painted (a task after its requestAnimationFrame: style, layout and paint done) less the ' +
        'time the change waited in the DOM for the display\'s tick (the frame\'s time minus the DOM time, when later, modulo one ' +
        'tick): what the page itself takes, a tick missed included.',
      'start = the key event\'s timeStamp (keyup for Space on a checkbox, which acts on release); "to DOM" = MutationObserver ' +
        'on the new text; "to next frame" = the next requestAnimationFrame callback (the start of the frame that paints it).',
      `keys after which the watched text stayed the same (no sample): ${missed}.`,
      'times in the page are coarsened by Chromium to 0.1 ms.',
    ],
  };
}
