// Printing of prescriptions and intake forms in Chromium (print media, page.pdf, poppler):
// the current prescription on the filled intake form; no question split over pages (checked
// on a long form, and shown to fail when the CSS rule is taken away); any version of the
// history printed with its version and signing time; the one-page prescription and coverage
// summary from the client page, in the client's language; the stored scan shown and printed (an
// image) or downloaded (a PDF, in the web host);
// and the jump from the client page to F3 with that client picked, by keyboard.
// One app session, set up through the core (the screens that record these are tested
// elsewhere), shared by every case.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Channel, ResultOf } from '../../shared/api/contract';
import { HEALTH_QUESTIONS } from '../../shared/intake';
import { computeQuote } from '../../shared/pricing/quote';
import { formatMoney } from '../../shared/pricing/money';
import { answeredForm, signInput } from '../support/intake';
import { launchBrowser, openApp, settled, type AppSession } from './support/app';
import { pageTexts, readPdf, renderPage } from './support/pdf';
import { clientsPage } from './pages/clients';
import { intakePage, koIntake } from './pages/intake';
import { printingPage } from './pages/printing';
import koIntakeText from '../../renderer/locales/ko/intake.json';
import koCoverage from '../../renderer/locales/ko/coverage.json';

const screenshotDir = join(import.meta.dirname, '../../test-results/screenshots');

let browser: Browser;
let app: AppSession;
let today: string;
const ids = { ko: 0, en: 0, rx: 0 };
let sessionPrice = 0;

async function handle<C extends Channel>(channel: C, input: unknown): Promise<ResultOf<C>> {
  const result = await app.frontDesk.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

// A 1x1 PNG: a scan must be a real image for the page to show it.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const SCAN_PDF = '%PDF-1.4\n% a scanned prescription\n%%EOF\n';

/** Long written answers: every question with details gets ~10 lines, marked at its start and
 *  end, so a question split over two pages shows as its marks on different pages. */
const LONG = ' 오른쪽 어깨와 등이 자주 뭉치고 밤에 통증이 심해 잠을 설칩니다.'.repeat(12);
const mark = (i: number, end: 'A' | 'Z') => `Q${i}${end}X`;
const detailed = HEALTH_QUESTIONS.map((q, i) => ({ ...q, i })).filter((q) => q.details);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { systemLocale: 'ko-KR' });
  await handle('settings.update', { businessName: '해오름 마사지', businessPhone: '031-123-4567', paperSize: 'A4' });
  today = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const catalog = await handle('catalog.get', {});
  const service = catalog.services.find((s) => s.active && s.rates.some((r) => r.minutes === 60))!;
  sessionPrice = computeQuote(catalog, { items: [{ serviceId: service.id, minutes: 60 }] }).perSession;

  for (const lang of ['ko', 'en'] as const) {
    const client = await handle('clients.create', lang === 'ko' ? { name: '박서준', phone: '010-2222-3333', lang } : { name: 'Jane Roe', phone: '010-4444-5555', lang });
    ids[lang] = client.id;
    const rx = await handle('prescriptions.create', {
      clientId: client.id,
      issuedOn: today,
      prescriber: { name: '김정민', license: '12345', clinic: '바른정형외과', phone: '031-123-4567' },
      diagnoses: [{ code: 'm546' }, { text: '어깨 근육 뭉침' }],
      areas: [{ region: 'upper-back' }, { region: 'shoulder', side: 'both' }],
      sessions: 8,
      perWeek: 2,
      maxMinutes: 60,
      scan: lang === 'ko' ? { type: 'image/png', data: PNG } : { type: 'application/pdf', data: Buffer.from(SCAN_PDF).toString('base64') },
    });
    if (lang === 'ko') ids.rx = rx.id;
    await handle('policies.create', { clientId: client.id, planId: 'example-kr-indemnity', memberId: 'HN-2291' });
    await handle('visits.create', {
      clientId: client.id,
      date: today,
      minutes: 60,
      areas: [{ region: 'upper-back' }],
      prescriptionId: rx.id,
      serviceId: service.id,
      serviceName: service.name,
    });
  }
  // Version 1: short. Version 2 (current): long answers to every question with details.
  await handle('intake.sign', signInput(ids.ko, answeredForm((a) => (a.visit.reason = '첫 방문 허리 통증'))));
  await handle(
    'intake.sign',
    signInput(
      ids.ko,
      answeredForm((a) => {
        a.visit.reason = '두 번째 판 어깨 통증';
        for (const q of detailed) {
          a.health[q.id].answer = 'yes';
          a.health[q.id].details = `${mark(q.i, 'A')}${LONG} ${mark(q.i, 'Z')}`.slice(0, 1000);
        }
        a.health.bloodThinners = 'no';
      }),
    ),
  );
  await app.page.reload();
  await settled(app.page);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function printPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

/** The questions whose label and written answer do not all lie on one page. */
function splitQuestions(pdf: Buffer): string[] {
  const pages = pageTexts(pdf).map((text) => text.replace(/\s+/g, ''));
  // The last page with the mark: the flags banner near the top quotes the same answers.
  const pageOf = (text: string) => pages.findLastIndex((p) => p.includes(text));
  return detailed
    .filter((q) => {
      const start = pageOf(mark(q.i, 'A'));
      const end = pageOf(mark(q.i, 'Z'));
      if (start === -1 || end === -1) throw new Error(`question ${q.id} is not in the printout`);
      // Whole: the question's wording is on the page of its answer's first and last words (the
      // wording may also be quoted in the flags banner earlier, hence not "the first page").
      const label = `${koIntakeText.questions[q.id]}`.replace(/\s+/g, '');
      return start !== end || !pages[start]!.includes(label);
    })
    .map((q) => q.id);
}

/** The client found and opened from the Clients tab of F4. */
async function openClient(page: Page, search: string, name: string): Promise<void> {
  const clients = clientsPage(page, 'ko');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // F4 in a <select> opens its list
  await clients.openList();
  await clients.findOnlyAndOpen(search, name);
}

function pdfImages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-pdf-'));
  try {
    writeFileSync(join(dir, 'out.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'out.pdf')], { encoding: 'utf8' });
    return list.split('\n').slice(2).filter((line) => line.trim() !== '').length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('printing prescriptions and intake forms', () => {
  it('the client page jumps to F3 with the client picked (keyboard), and the filled form prints the current prescription', { timeout: 120_000 }, async () => {
    const { page } = app;
    await openClient(page, '박서준', '박서준');
    const printing = printingPage(page, 'ko');
    // Keyboard: Tab from the page until the jump has the focus, then Enter.
    await printing.tabTo(printing.openIntake());
    await page.keyboard.press('Enter');
    const intake = intakePage(page, koIntake);
    await page.getByRole('heading', { level: 2, name: /박서준/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    await page.getByRole('button', { name: koIntake.newVersion }).waitFor();
    await intake.printable().filter({ hasText: '흉추의 통증' }).waitFor({ state: 'attached' }); // the prescription arrives by its own request

    const read = readPdf(await printPdf(page));
    expect(read.flatText).toContain('박서준');
    expect(read.flatText).toContain('제2판'); // the current version, with its signing time
    expect(read.flatText).toMatch(/제2판, .+ 서명/);
    // The prescription: diagnoses with descriptions (client's language), areas, sessions,
    // dates, prescriber.
    expect(read.flatText).toContain('의사 처방전');
    expect(read.flatText).toContain('M54.6 흉추의 통증');
    expect(read.flatText).toContain('어깨 근육 뭉침');
    expect(read.flatText).toContain('등 (흉추 부위)');
    expect(read.flatText).toContain('양쪽 어깨');
    expect(read.flatText).toContain('김정민');
    expect(read.flatText).toContain('면허번호 12345');
    expect(read.flatText).toContain('횟수 8회 중 1회 사용, 7회 남음');
    expect(read.flatText).toContain('주 2회');
  });

  it('no question is split over pages: break-inside is avoid on every question, and no page starts inside one', { timeout: 120_000 }, async () => {
    const { page } = app;
    const questions = page.locator('article[data-printable] .print-question');
    await page.emulateMedia({ media: 'print' });
    const computed = await questions.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    await page.emulateMedia({ media: 'screen' });
    expect(computed.length).toBeGreaterThan(20);
    expect(new Set(computed)).toEqual(new Set(['avoid']));

    const pdf = await printPdf(page);
    expect(readPdf(pdf).pages).toBeGreaterThan(2); // long enough for page breaks among the questions
    expect(splitQuestions(pdf)).toEqual([]);

    // The check bites: without the rule, the same long form has questions split over pages.
    await questions.evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.breakInside = 'auto')));
    try {
      expect(splitQuestions(await printPdf(page)).length).toBeGreaterThan(0);
    } finally {
      await questions.evaluateAll((els) => els.forEach((el) => ((el as HTMLElement).style.breakInside = '')));
    }
  });

  it('any version of the history prints, saying which version and when it was signed', { timeout: 60_000 }, async () => {
    const { page } = app;
    const printing = printingPage(page, 'ko');
    await printing.version().selectOption({ label: (await printing.versionLabel(1))! });
    await page.locator('article[data-printable]').filter({ hasText: '첫 방문 허리 통증' }).waitFor({ state: 'attached' });
    const read = readPdf(await printPdf(page));
    expect(read.flatText).toMatch(/제1판, .+ 서명/);
    expect(read.flatText).toContain('첫 방문 허리 통증');
    expect(read.flatText).not.toContain('두 번째 판 어깨 통증');
    expect(read.flatText).not.toContain(mark(detailed[0]!.i, 'A'));
  });

  it('the scan is shown on the client page and prints; the one-page summary prints in the client language', { timeout: 120_000 }, async () => {
    const { page } = app;
    await openClient(page, '박서준', '박서준');
    const printing = printingPage(page, 'ko');

    await printing.showScan().click();
    const image = page.getByRole('img', { name: /처방전 스캔/ }).first();
    await image.waitFor();
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);

    // Korean summary: one page, with the prescription and the plan's figures.
    await printing.openSummary();
    await printing.summaryShows('보험 부담');
    const answer = await handle('coverage.check', { date: today, minutes: 60, price: sessionPrice, policyId: (await handle('policies.list', { clientId: ids.ko }))[0]!.id, prescriptionId: ids.rx });
    expect(answer.covered).toBe(true);
    const pdf = await printPdf(page);
    const read = readPdf(pdf);
    expect(read.pages).toBe(1);
    expect(read.flatText).toContain('처방전·보험 적용 요약');
    expect(read.flatText).toContain('M54.6 흉추의 통증');
    expect(read.flatText).toContain('양쪽 어깨');
    expect(read.flatText).toContain('김정민');
    expect(read.flatText).toContain('HN-2291');
    expect(read.flatText).toContain(`보험 부담 ${formatMoney(answer.insurerPays, 'KRW', 'ko')}`);
    expect(read.flatText).toContain(`고객님 부담 ${formatMoney(answer.clientPays, 'KRW', 'ko')}`);
    expect(pdfImages(pdf)).toBe(0);
    // Kept for a person to look at, beside the other end-to-end screenshots.
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, 'prescription-summary-ko.png'), renderPage(pdf, 1, 80).png);

    // The scan, printed through the same print path.
    await printing.printScan().check();
    await printing.scanPrintable().waitFor({ state: 'attached' });
    const scanPdf = await printPdf(page);
    expect(pdfImages(scanPdf)).toBeGreaterThanOrEqual(1);
    expect(readPdf(scanPdf).flatText).not.toContain('처방전·보험 적용 요약');
  });

  it("an English client's PDF scan leaves the page as a download; their summary is in English, on one page", { timeout: 60_000 }, async () => {
    const { page } = app;
    await openClient(page, 'Jane', 'Jane Roe');
    const printing = printingPage(page, 'ko');
    // The web host cannot reach the system's PDF viewer: the browser saves the file.
    const [download] = await Promise.all([page.waitForEvent('download'), printing.openPdfScan().click()]);
    // Named in the UI's language (Korean here), with the extension of the bytes.
    expect(download.suggestedFilename()).toBe(`${koCoverage.summary.scanFileName.replace('{{date}}', today)}.pdf`);
    const saved = await download.path();
    expect(readFileSync(saved, 'latin1')).toBe(SCAN_PDF);
    await expect.poll(() => page.getByText(koCoverage.summary.scanDownloaded).count()).toBe(1);
    expect(await page.locator('object, embed, iframe').count()).toBe(0); // never embedded
    await printing.openSummary();
    await printing.summaryShows('The plan pays');
    const answer = await handle('coverage.check', {
      date: today,
      minutes: 60,
      price: sessionPrice,
      policyId: (await handle('policies.list', { clientId: ids.en }))[0]!.id,
      prescriptionId: (await handle('prescriptions.list', { clientId: ids.en }))[0]!.prescription.id,
    });
    const read = readPdf(await printPdf(page));
    expect(read.pages).toBe(1);
    expect(read.flatText).toContain('Prescription and coverage summary');
    expect(read.flatText).toContain('M54.6 Pain in thoracic spine');
    expect(read.flatText).toContain('Upper back (thoracic)');
    expect(read.flatText).toContain('Shoulder (both sides)');
    expect(read.flatText).toContain('1 used, 7 left of 8');
    expect(read.flatText).toContain(`The plan pays ${formatMoney(answer.insurerPays, 'KRW', 'en')} and you pay ${formatMoney(answer.clientPays, 'KRW', 'en')}.`);
    // Only the business's and the physician's own words are Korean.
    expect(read.flatText.replace(/해오름 마사지|김정민|바른정형외과|어깨 근육 뭉침/g, '')).not.toMatch(/[가-힣]/);
  });
});
