// The School enrollment screen (F2): page steps for end-to-end tests. Labels are passed in
// the UI language the test runs in; the defaults are Korean (the seed installation).
import type { Locator, Page } from 'playwright-core';
import { callerScriptCard } from './caller-script';

export type SchoolLabels = {
  program: string | RegExp;
  startDate: string | RegExp;
  /** The UI language these labels are in. */
  lang: 'ko' | 'en';
  comparison: string | RegExp;
  breakdown: string | RegExp;
  schedule: string | RegExp;
  printablePage: string | RegExp;
  preview: string | RegExp;
  print: string | RegExp;
  savePdf: string | RegExp;
};

export const koLabels: SchoolLabels = {
  program: '과정',
  startDate: '개강일',
  lang: 'ko',
  comparison: '납부 방식 비교',
  breakdown: '견적 내역',
  schedule: '분납 일정',
  printablePage: '인쇄용 견적서',
  preview: '화면에서 미리 보기',
  print: '인쇄',
  savePdf: 'PDF로 저장',
};

export const enLabels: SchoolLabels = {
  program: 'Program',
  startDate: 'Start date',
  lang: 'en',
  comparison: 'Compare payment plans',
  breakdown: 'Quote breakdown',
  schedule: 'Installment schedule',
  printablePage: 'Printable quote',
  preview: 'Preview on screen',
  print: 'Print',
  savePdf: 'Save as PDF',
};

export function schoolPage(page: Page, labels: SchoolLabels = koLabels) {
  const programBox = () => page.getByRole('combobox', { name: labels.program });
  // The on-screen breakdown is the first; the printable page repeats it in the caller's language.
  const breakdown = () => page.locator('.school-layout').getByRole('table', { name: labels.breakdown });
  const printable = () => page.locator('article[data-printable]');
  const script = callerScriptCard(page, labels.lang);

  return {
    programBox,
    /** Types a search (Korean, English or initial consonants) and picks the best match with Enter. */
    async pickProgram(query: string) {
      const box = programBox();
      await box.fill('');
      await box.pressSequentially(query);
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      await box.press('Enter');
    },
    /** Ticks (or unticks) optional fees by name, e.g. "교재" / "Books". */
    async setOption(name: string | RegExp, on = true) {
      await page.getByRole('checkbox', { name }).setChecked(on);
    },
    /** Chooses a payment plan by its name in the radio group. */
    async choosePlan(name: string | RegExp) {
      await page.getByRole('radio', { name }).check();
    },
    /** Chooses a plan from the comparison table by keyboard (focus its row, Enter). */
    async choosePlanInTable(name: string | RegExp) {
      const button = page.getByRole('table', { name: labels.comparison }).getByRole('button', { name });
      await button.focus();
      await button.press('Enter');
    },
    /** "YYYY-MM-DD". */
    async setStartDate(isoDate: string) {
      await page.getByLabel(labels.startDate, { exact: true }).fill(isoDate);
    },
    async setCallerLanguage(lang: 'ko' | 'en') {
      await script.language().selectOption(lang);
    },
    comparisonRows: () => page.getByRole('table', { name: labels.comparison }).locator('tbody tr'),
    breakdown,
    /** The amount shown next to a breakdown row label (e.g. "총액" / "Total"). */
    async amountOf(rowLabel: string | RegExp): Promise<string> {
      const row = breakdown().getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowLabel }) });
      return (await row.getByRole('cell').textContent())?.trim() ?? '';
    },
    scheduleRows: () => page.locator('.school-layout').getByRole('table', { name: labels.schedule }).locator('tbody tr'),
    /** The "what to say" line in the caller's language. */
    async scriptText(): Promise<string> {
      return (await script.sayLine().textContent())?.trim() ?? '';
    },
    /** The caller-script card: language, sentences, copy (Alt+C). */
    script,
    printable,
    /** The printable page's text (it is hidden on screen unless previewed; text is read anyway). */
    async printableText(): Promise<string> {
      return (await printable().textContent()) ?? '';
    },
    async showPreview(on = true) {
      await page.getByRole('checkbox', { name: labels.preview }).setChecked(on);
    },
    printButton: () => page.getByRole('button', { name: labels.print, exact: true }),
    savePdfButton: () => page.getByRole('button', { name: labels.savePdf }),
    /** The caller's (prospective student's) name in the save-call form: printed on the quote. */
    async setStudentName(name: string) {
      await page.getByRole('textbox', { name: labels === koLabels ? '고객 이름' : "Caller's name", exact: true }).fill(name);
    },
    /** The call-saving form (shared with the phone quote screen). */
    saveForm: () => page.getByRole('form'),
  };
}
