// Issue 4's end-to-end path: an enrollment quote picked on the screen, printed to PDF through
// the print CSS (page.pdf, as the browser's "Save as PDF" does in the web host), and its text
// read back with pdftotext, in Korean and in English, on the paper size of the settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { computeEnrollmentQuote, formatMoney } from '../../shared/pricing';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { readPdf } from './support/pdf';
import { enLabels, koLabels, schoolPage } from './pages/school';

let browser: Browser;
let app: AppSession;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { systemLocale: 'ko-KR' });
  await app.frontDesk.handle('settings.update', {
    businessName: '해오름 마사지 & 아카데미',
    businessAddress: '경기도 수원시 팔달구 정조로 800',
    businessPhone: '031-123-4567',
    paperSize: 'A4',
  });
  await app.page.reload();
  await app.page.getByRole('navigation').waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function expected(request: { programId: string; optionalFeeIds: string[]; paymentPlanId: string; startDate: string }) {
  const result = await app.frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error(result.error.code);
  return { catalog: result.value, quote: computeEnrollmentQuote(result.value, request) };
}

describe('school enrollment printout', () => {
  it('prints a Korean quote on A4 with the business, the total and the schedule', async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    const school = schoolPage(page, koLabels);
    await school.pickProgram('ㅅㅇㄷㅅ');
    await school.choosePlan(/3개월/);
    await school.setStartDate('2027-03-02');
    await school.setCallerLanguage('ko');
    await school.setStudentName('박서준');

    const { catalog, quote } = await expected({
      programId: 'swedish-aroma',
      optionalFeeIds: [],
      paymentPlanId: 'monthly-3',
      startDate: '2027-03-02',
    });
    const total = formatMoney(quote.total, catalog.currency, 'ko');
    await expect.poll(() => school.printableText()).toContain(total);
    // Alt+C copies the script and the breakdown, as on the phone quote screen.
    await page.keyboard.press('Alt+KeyC');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(await school.scriptText());
    expect(await school.script.copied().textContent()).not.toBe('');

    await page.emulateMedia({ media: 'print' });
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });

    expect(pdf.pageSize).toMatch(/A4/);
    expect(pdf.flatText).toContain('해오름 마사지 & 아카데미');
    expect(pdf.flatText).toContain('031-123-4567');
    expect(pdf.flatText).toContain('아로마 전문가 과정');
    expect(pdf.flatText).toContain('박서준'); // the student, from the save-call form
    expect(pdf.flatText).toMatch(/유효 기간 \d{4}\. \d{1,2}\. \d{1,2}\.까지/);
    expect(pdf.flatText).toContain('궁금한 점은 031-123-4567로 전화해 주세요.');
    expect(pdf.flatText).toContain(total);
    expect(pdf.flatText).toContain(formatMoney(quote.dueAtEnrollment, catalog.currency, 'ko'));
    expect(quote.schedule).toHaveLength(3);
    // The first and last installments with their amounts, dates in Korean format; payments
    // in round amounts, the last one taking the rest (installmentIncrement).
    expect(pdf.flatText).toContain('2027. 4. 2.');
    expect(pdf.flatText).toContain('2027. 6. 2.');
    expect(pdf.flatText).toContain(formatMoney(quote.schedule[2]!.amount, catalog.currency, 'ko'));
    expect(pdf.flatText).toContain('분납금은 10,000원 단위로 맞추고');
    expect(pdf.flatText).toContain('수강료');
    // Nothing of the screen around it: no navigation, no form controls in the printout.
    expect(pdf.flatText).not.toContain('통화 및 고객');
    expect(pdf.flatText).not.toContain('고객 이름');
    expect(pdf.flatText).not.toContain('문진표');
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
  });

  it('prints the same quote in English for an English-speaking caller, on US Letter', async () => {
    const { page } = app;
    await app.frontDesk.handle('settings.update', { paperSize: 'Letter' });
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await page.keyboard.press('F2');
    const school = schoolPage(page, koLabels); // the UI stays Korean
    await school.pickProgram('ㅅㅇㄷㅅ');
    await school.choosePlan(/3개월/);
    await school.setStartDate('2027-03-02');
    await school.setCallerLanguage('en');

    const { catalog, quote } = await expected({
      programId: 'swedish-aroma',
      optionalFeeIds: [],
      paymentPlanId: 'monthly-3',
      startDate: '2027-03-02',
    });
    const total = formatMoney(quote.total, catalog.currency, 'en');
    // Amounts look alike in both languages: wait for an English date, which only the
    // English page has.
    await expect.poll(() => school.printableText()).toContain('Apr 2, 2027');

    await page.emulateMedia({ media: 'print' });
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: 'screen' });

    expect(pdf.pageSize).toMatch(/letter|612 x 792/i);
    expect(pdf.flatText).toContain(catalog.school!.programs.find((p) => p.id === 'swedish-aroma')!.name.en);
    expect(pdf.flatText).toContain(total);
    expect(pdf.flatText).toMatch(/Apr 2, 2027/);
    expect(pdf.flatText).toMatch(/Jun 2, 2027/);
    expect(pdf.flatText).toMatch(/Valid until [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(pdf.flatText).toContain('Please call 031-123-4567 with any questions.');
    // The caller's page is English throughout: no Hangul except the business's own name/address.
    const withoutBusiness = pdf.flatText
      .replace('해오름 마사지 & 아카데미', '')
      .replace('경기도 수원시 팔달구 정조로 800', '');
    expect(withoutBusiness).not.toMatch(/[\uac00-\ud7a3]/);
    void enLabels;
  });
});
