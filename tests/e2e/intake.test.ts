// The intake form end to end in Chromium: a Korean walk-in's form filled by keyboard (body
// map included), signed with the mouse on the signature pad, saved, printed filled and read
// back (pdftotext: answers, flag, consent, name; pdftoppm: the body-map marks), then changed
// after signing as version 2; and an English client's blank form on Letter.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { countPixels, pageTexts, pdfFonts, readPdf, renderPage } from './support/pdf';
import { enIntake, intakePage, koIntake } from './pages/intake';
import ko from '../../renderer/locales/ko/intake.json';
import en from '../../renderer/locales/en/intake.json';
import { HEALTH_QUESTION_IDS } from '../../shared/intake';

const screenshotDir = join(import.meta.dirname, '../../test-results/screenshots');

let browser: Browser;
let app: AppSession;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { systemLocale: 'ko-KR' });
  await app.frontDesk.handle('settings.update', { businessName: '해오름 마사지', businessPhone: '031-123-4567', paperSize: 'A4' });
  await app.page.reload();
  await app.page.getByRole('navigation').waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function printPdf(): Promise<Buffer> {
  const { page } = app;
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

const isRed = (r: number, g: number, b: number) => r > 180 && g < 130 && b < 120;

describe('intake form end to end', () => {
  it('a Korean walk-in: filled by keyboard, signed with the mouse, printed filled, then version 2', { timeout: 120_000 }, async () => {
    const { page } = app;
    const intake = intakePage(page, koIntake);
    await intake.open();
    await intake.addClient({ name: '김민지', phone: '010-3456-7890' });
    await intake.startNewForm();

    await intake.type(ko.questions.reason, '허리와 발목 통증');
    for (const id of ['underCare', ...HEALTH_QUESTION_IDS] as const) {
      if (id === 'bloodClots') await intake.answer(ko.questions.bloodClots, 'yes', '왼쪽 종아리 하지정맥류');
      else await intake.answer(ko.questions[id], 'no');
    }
    await intake.markArea('왼쪽 발목 (앞면)', '왼쪽 발목 통증 점수 (0-10)', 7);
    await intake.markArea('허리 (요추 부위) (뒷면)', '허리 (요추 부위) 통증 점수 (0-10)', 5);
    await intake.check(ko.consent.agreeTreatment);
    await intake.check(ko.consent.agreePrivacy);
    await intake.drawSignature();
    await intake.sign();
    await expect.poll(() => intake.status().textContent(), { timeout: 20_000 }).toContain('서명한 문진표를 저장했습니다 (제1판)');

    // The client page: flags banner and the read-only map.
    await expect.poll(() => page.getByRole('region', { name: ko.flags.title }).textContent()).toContain('혈전·정맥 질환 답변: 관리 전 확인하세요.');

    const pdf = await printPdf();
    const read = readPdf(pdf);
    expect(read.pageSize).toMatch(/A4/);
    expect(read.flatText).toContain('해오름 마사지');
    expect(read.flatText).toContain('김민지');
    expect(read.flatText).toContain('허리와 발목 통증');
    expect(read.flatText).toContain('왼쪽 종아리 하지정맥류');
    expect(read.flatText).toContain('혈전·정맥 질환 답변: 관리 전 확인하세요.');
    expect(read.flatText).toContain('왼쪽 발목 (통증 7/10)');
    expect(read.flatText).toContain('민감정보 수집·이용 동의');
    expect(read.flatText).toContain('보유·이용 기간');
    expect(read.flatText).not.toContain('새 고객 추가'); // nothing of the screen
    // Korean without tofu: a Korean font is embedded for the Korean text.
    expect(pdfFonts(pdf)).toMatch(/Noto\s*Sans\s*KR|NotoSansKR|Nanum/i);
    // The body map page, rendered: the two marked areas show (front and back of the left
    // ankle, and the lower back) in the mark colour.
    const texts = pageTexts(pdf);
    const mapPage = texts.findIndex((t) => t.includes('통증 부위'));
    expect(mapPage).toBeGreaterThanOrEqual(0);
    const image = renderPage(pdf, mapPage + 1, 100);
    expect(countPixels(image, isRed)).toBeGreaterThan(300);
    // Kept for a person to look at, beside the other end-to-end screenshots.
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, 'intake-printed-body-map.png'), image.png);
    // Every Korean question appears whole in the text (that no question is split over two
    // pages is tested directly on a long form in printing.test.ts).
    // Read in reading order (without -layout, which interleaves the question and answer columns).
    const squeezed = pageTexts(pdf).join(' ').replace(/\s+/g, '');
    for (const id of HEALTH_QUESTION_IDS) expect(squeezed, id).toContain(ko.questions[id].replace(/\s+/g, ''));

    // A change after signing: version 2, linked to version 1; version 1 unchanged.
    await intake.startNewVersion();
    await intake.answer(ko.questions.feverToday, 'yes');
    await intake.check(ko.consent.agreeTreatment);
    await intake.check(ko.consent.agreePrivacy);
    await intake.drawSignature();
    await intake.sign();
    await expect.poll(() => intake.status().textContent(), { timeout: 20_000 }).toContain('(제2판)');
    const clients = await app.frontDesk.handle('clients.search', { text: '김민지' });
    if (!clients.ok) throw new Error('search');
    const result = await app.frontDesk.handle('intake.client', { clientId: clients.value.rows[0]!.id });
    if (!result.ok) throw new Error('intake');
    expect(result.value.history.map((f) => [f.version, f.status])).toEqual([
      [2, 'signed'],
      [1, 'signed'],
    ]);
    expect(result.value.current).toMatchObject({ version: 2, previousId: result.value.history[1]!.id, method: 'screen' });
    expect(result.value.current?.signing).toMatchObject({ method: 'screen', client: { svg: expect.stringMatching(/^<svg/) } });
    const strokes = result.value.current?.signing?.method === 'screen' ? result.value.current.signing.client.strokes : [];
    expect(strokes[0]?.points.length).toBeGreaterThan(10);
    const v1 = await app.frontDesk.handle('intake.get', { id: result.value.history[1]!.id });
    expect(v1.ok && v1.value.answers?.health.feverToday.answer).toBe('no');
  });

  it("an English client's blank form on US Letter", { timeout: 60_000 }, async () => {
    await app.frontDesk.handle('settings.update', { paperSize: 'Letter' });
    await app.frontDesk.handle('clients.create', { name: 'Jane Doe', phone: '010-9876-5432', lang: 'en' });
    const { page } = app;
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const intake = intakePage(page, koIntake);
    await intake.open();
    await intake.pickClient('Jane', /Jane Doe/);
    await page.getByRole('button', { name: koIntake.newForm }).waitFor();
    await intake.choosePrint('blank');
    await expect.poll(() => intake.printable().getAttribute('lang')).toBe('en');

    const pdf = await printPdf();
    const read = readPdf(pdf);
    expect(read.pageSize).toMatch(/letter/i);
    expect(read.flatText).toContain(en.title);
    const squeezed = pageTexts(pdf).join(' ').replace(/\s+/g, '');
    expect(squeezed).toContain(en.questions.bloodClots.replace(/\s+/g, ''));
    expect(squeezed).toContain(en.questions.pregnancy.replace(/\s+/g, ''));
    expect(read.flatText).toContain('Privacy notice');
    expect(read.flatText).toContain(en.signature.guardian);
    expect(read.flatText).toContain('Wrist and hand'); // the body map's region names
    expect(read.flatText).not.toContain('Jane Doe'); // blank: to be filled by hand
    // All in the client's language (the business's own name is as the business wrote it).
    expect(read.flatText.replace('해오름 마사지', '')).not.toMatch(/[가-힣]/);
    void enIntake;
  });
});
