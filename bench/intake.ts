// Intake forms in Chromium through the web host: opening the intake screen for a client with
// 20 form versions (pick -> current form and the history of 20 shown), and printing a filled
// form to PDF; the floor is the enrollment quote's printout, printed the same way in the
// same run (the smallest page on the same print path).
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { openFrontDesk } from '../electron/app/front-desk';
import { startWebHost } from '../electron/web/server';
import { CHROMIUM_ARGS } from '../tests/e2e/support/app';
import { schoolPage } from '../tests/e2e/pages/school';
import { answeredForm, drawnSignature, signInput } from '../tests/support/intake';
import { row, type Section } from './table';
import { onCleanup, tempDir } from './tmp';
import { rendererDir } from './ui/build';
import { chromiumPath } from './ui/session';

const VERSIONS = 20;

export async function benchIntake(opts: { samples: number; log: (line: string) => void }): Promise<Section> {
  const title = `intake forms, Chromium via the web host (a client with ${VERSIONS} versions)`;
  const exe = chromiumPath();
  if (!exe) return { title, rows: [], notes: ['skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH'] };
  const build = rendererDir(opts.log);
  const frontDesk = openFrontDesk({ dataDir: tempDir('intake'), host: 'web', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
  onCleanup(() => frontDesk.close());
  const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> => {
    const x = await r;
    if (!x.ok) throw new Error(JSON.stringify(x.error));
    return x.value;
  };

  opts.log(`intake: ${VERSIONS} signed versions...`);
  await must(frontDesk.handle('settings.update', { businessName: '해오름 마사지', paperSize: 'A4' }));
  const client = await must(frontDesk.handle('clients.create', { name: '김벤치', phone: '010-5555-0101', lang: 'ko' }));
  const other = await must(frontDesk.handle('clients.create', { name: '박비교', phone: '010-5555-0102', lang: 'ko' }));
  for (let v = 1; v <= VERSIONS; v++) {
    const answers = answeredForm((a) => {
      a.visit.goals = `방문 ${v}`;
      a.health.bloodClots = { answer: 'yes', details: '왼쪽 종아리' };
      a.bodyMap = [
        { region: 'ankle', side: 'left', pain: 7, note: '계단' },
        { region: 'lower-back', pain: 5, note: '' },
        { region: 'shoulder', side: 'both', pain: 3, note: '' },
      ];
    });
    const input = signInput(client.id, answers);
    await must(frontDesk.handle('intake.sign', { ...input, signing: { ...input.signing, client: drawnSignature(undefined, v) } }));
  }
  await must(frontDesk.handle('intake.sign', signInput(other.id, answeredForm())));
  // The filled form carries the client's current prescription (issue 9), as at the desk.
  await must(
    frontDesk.handle('prescriptions.create', {
      clientId: client.id,
      issuedOn: '2026-11-02',
      prescriber: { name: '김정민', license: '12345', clinic: '바른정형외과' },
      diagnoses: [{ code: 'M54.6' }, { text: '어깨 근육 뭉침' }],
      areas: [{ region: 'upper-back' }, { region: 'shoulder', side: 'both' }],
      sessions: 8,
    }),
  );

  const host = await startWebHost({ frontDesk, rendererDir: build.dir });
  onCleanup(() => host.close());
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
  onCleanup(() => browser.close());
  const page = await (await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 860 } })).newPage();
  await page.goto(host.url);
  await page.getByRole('navigation').waitFor();

  // Floor: the enrollment quote's printout, printed to PDF.
  opts.log('intake: enrollment printout (floor)...');
  await page.keyboard.press('F2');
  const school = schoolPage(page);
  await school.pickProgram('스포츠'); // a course of the Korean sample school
  await page.locator('article[data-printable]').waitFor({ state: 'attached' });
  const printPdf = async () => {
    await page.emulateMedia({ media: 'print' });
    const start = performance.now();
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const took = performance.now() - start;
    await page.emulateMedia({ media: 'screen' });
    return took;
  };
  await printPdf(); // warm-up
  const floor: number[] = [];
  for (let i = 0; i < opts.samples; i++) floor.push(await printPdf());

  opts.log('intake: open the screen for the client...');
  await page.keyboard.press('F3');
  const search = page.getByLabel('고객 찾기 (이름, 초성, 전화번호)');
  await search.waitFor();
  const pick = async (name: string, ready: string) => {
    await search.fill(name);
    const button = page.getByRole('button', { name: new RegExp(`^${name}`) });
    await button.waitFor();
    const start = performance.now();
    await button.click();
    await page.getByRole('heading', { name: ready }).waitFor();
    await page.locator('.client-intake-panel tbody tr').nth(0).waitFor();
    return performance.now() - start;
  };
  const open: number[] = [];
  const openOne: number[] = [];
  await pick('김벤치', `현재 문진표 (제${VERSIONS}판`);
  for (let i = 0; i < opts.samples; i++) {
    openOne.push(await pick('박비교', '현재 문진표 (제1판'));
    open.push(await pick('김벤치', `현재 문진표 (제${VERSIONS}판`));
  }
  const rowsShown = await page.locator('.client-intake-panel tbody tr').count();

  opts.log('intake: print the filled form...');
  await printPdf();
  const filled: number[] = [];
  for (let i = 0; i < opts.samples; i++) filled.push(await printPdf());

  // Targets relative to floors measured in the same run: the machine's load moves them together.
  const floorRow = row('enrollment printout -> PDF (floor)', floor);
  const printTarget = { stat: 'p95' as const, max: Math.round(Math.max(2 * floorRow.p95, 1)) };
  const oneRow = row('pick client -> form, 1 version (floor)', openOne);
  const openTarget = { stat: 'p95' as const, max: Math.round(Math.max(2 * oneRow.p95, 1)) };
  return {
    title,
    rows: [
      oneRow,
      row(`pick client -> form and ${VERSIONS} versions shown`, open, openTarget),
      floorRow,
      row('filled intake form -> PDF', filled, printTarget),
    ],
    notes: [
      `history rows shown: ${rowsShown}. Times from Node (performance.now) around the Playwright steps, so they include its round trips.`,
      'targets: 2x the p95 of the floor above each, measured in this run. PDF by page.pdf() with print media, as the web host\'s "Save as PDF" does.',
    ],
  };
}
