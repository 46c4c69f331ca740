// The school enrollment screen against the real core (the 600-hour test school unless said
// otherwise: per-year and program-only fees; the Korean sample school has its own tests).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import SchoolScreen from '../../../renderer/src/screens/school/SchoolScreen';
import { navigationEvents } from '../../../renderer/src/navigation';
import { formatDate } from '../../../renderer/src/format';
import { pageRule } from '../../../renderer/src/print/PrintablePage';
import { computeEnrollmentQuote, formatMoney, parseCatalog, type Catalog } from '../../../shared/pricing';
import seedFile from '../../fixtures/catalog-krw-600.json';
import koreanSample from '../../../resources/seed-catalog.json';
import usdFile from '../../fixtures/catalog-usd.json';
import { renderScreen, type RenderedScreen } from '../harness';
import type { SettingsPatch } from '../../../shared/api/settings';

const seed = parseCatalog(seedFile);
const krw = (minor: number) => formatMoney(minor, 'KRW', 'ko');

async function open(options: { lang?: 'ko' | 'en'; catalog?: Catalog; settings?: SettingsPatch } = {}) {
  const rendered = await renderScreen(<SchoolScreen />, { catalog: seed, ...options });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

/** Types into the program search and picks the first match with the keyboard. */
async function pickProgram(r: RenderedScreen, query: string) {
  const box = screen.getByRole('combobox', { name: /^(과정|Program)$/ });
  await r.user.clear(box);
  await r.user.type(box, query);
  await r.user.keyboard('{Enter}');
}

function setStartDate(value: string, label: string | RegExp = '개강일') {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The sentences of the caller-script card. */
const sayLine = () => screen.getByRole('region', { name: '안내 멘트' }).querySelector('.say-line')!;
const breakdown = () => screen.getAllByRole('table', { name: '견적 내역' })[0]!;
const rowAmount = (table: HTMLElement, label: string | RegExp) =>
  within(within(table).getByRole('rowheader', { name: label }).closest('tr')!).getByRole('cell').textContent;

describe('School enrollment screen', () => {
  it('finds programs by Korean, English and initial consonants, and picks one by keyboard', async () => {
    const r = await open();
    const box = screen.getByRole('combobox', { name: '과정' });
    expect(document.activeElement).toBe(box);

    await r.user.type(box, '테라피');
    let options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]?.textContent).toContain('마사지 테라피스트 600시간 과정');

    await r.user.clear(box);
    await r.user.type(box, 'foundations');
    options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]?.textContent).toContain('기초 마사지 120시간 과정');

    await r.user.clear(box);
    await r.user.type(box, 'ㄱㅊ');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]?.textContent).toContain('기초 마사지');
    await r.user.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe('기초 마사지 120시간 과정');
    expect(screen.getByRole('table', { name: '납부 방식 비교' })).toBeTruthy();
  });

  it('shows exactly the engine quote: total, due at enrollment and the dated schedule', async () => {
    const r = await open();
    await pickProgram(r, '600');
    await r.user.click(screen.getByRole('checkbox', { name: /교재/ }));
    await r.user.click(screen.getByRole('radio', { name: '12개월 분납' }));
    setStartDate('2027-03-31');

    const expected = computeEnrollmentQuote(seed, {
      programId: 'mt-600',
      optionalFeeIds: ['books'],
      paymentPlanId: 'monthly-12',
      startDate: '2027-03-31',
    });
    const table = breakdown();
    expect(rowAmount(table, '합계')).toBe(krw(expected.total));
    expect(rowAmount(table, '등록 시 납부액')).toBe(krw(expected.dueAtEnrollment));
    expect(rowAmount(table, '수강료')).toBe(krw(expected.tuition));

    const schedule = screen.getAllByRole('table', { name: '분납 일정' })[0]!;
    const rows = within(schedule).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.schedule.length);
    expected.schedule.forEach((payment, i) => {
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[1]?.textContent).toContain(formatDate(payment.date, 'ko'));
      expect(cells[2]?.textContent).toContain(krw(payment.amount));
    });
    // Month ends: 31 March + 1 month is 30 April.
    expect(expected.schedule[0]!.date).toBe('2027-04-30');

    // The line to read out, in whole Korean sentences, and the same on the clipboard.
    const script = sayLine().textContent ?? '';
    expect(script).toContain(`마사지 테라피스트 600시간 과정은 총 ${krw(expected.total)}입니다.`);
    expect(script).toContain(`등록하실 때 ${krw(expected.dueAtEnrollment)}을 먼저 내십니다.`);
    expect(script).toContain(`그다음 12개월 동안 매달 ${krw(expected.schedule[0]!.amount)}씩 내시면 됩니다.`);
    expect(script).toContain(`첫 납부일은 2027년 4월 30일입니다.`);
    await r.user.click(screen.getByRole('button', { name: '문자용으로 복사' }));
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith(script)).toBe(true);
    expect(copied).toContain(`합계: ${krw(expected.total)}`);
    expect(copied).toContain(`12회차 (${formatDate(expected.schedule[11]!.date, 'ko')}): ${krw(expected.schedule[11]!.amount)}`);
  });

  it('shows a per-year fee with its years, in both languages', async () => {
    let r = await open();
    await pickProgram(r, '600');
    expect(within(breakdown()).getByRole('rowheader', { name: '학생 배상책임보험 30,000원 × 2년' })).toBeTruthy();
    r.unmount();

    r = await open({ lang: 'en', catalog: parseCatalog(usdFile) });
    await pickProgram(r, '1000');
    const table = screen.getAllByRole('table', { name: 'Quote breakdown' })[0]!;
    expect(within(table).getByRole('rowheader', { name: 'Student liability insurance $15.00 × 2 years' })).toBeTruthy();
  });

  it('compares every plan, one row each, and a row chosen by keyboard becomes the plan', async () => {
    const r = await open();
    await pickProgram(r, '600');
    const table = screen.getByRole('table', { name: '납부 방식 비교' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(seed.school!.paymentPlans.length);
    expect((screen.getByRole('radio', { name: '일시불' }) as HTMLInputElement).checked).toBe(true);

    within(table).getByRole('button', { name: '일시불' }).focus();
    await r.user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(table).getByRole('button', { name: '6개월 분납' }));
    await r.user.keyboard('{Enter}');
    expect((screen.getByRole('radio', { name: '6개월 분납' }) as HTMLInputElement).checked).toBe(true);
    expect(within(table).getByRole('button', { name: '6개월 분납' }).getAttribute('aria-pressed')).toBe('true');

    // The 12-month row says its last payment when it differs from the others.
    setStartDate('2027-03-02');
    const quote = computeEnrollmentQuote(seed, { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2027-03-02' });
    const monthly = within(rows[2]!).getAllByRole('cell')[2]!;
    const first = quote.schedule[0]!.amount;
    const last = quote.schedule[quote.schedule.length - 1]!.amount;
    expect(monthly.textContent).toBe(last === first ? krw(first) : `${krw(first)} (마지막 회차 ${krw(last)})`);
  });

  it('gives an English script and an English printable page while the UI is Korean', async () => {
    const r = await open();
    await pickProgram(r, '600');
    await r.user.click(screen.getByRole('radio', { name: '12개월 분납' }));
    setStartDate('2027-03-02');
    await r.user.selectOptions(screen.getByLabelText('안내 언어'), 'en');

    const quote = computeEnrollmentQuote(seed, { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2027-03-02' });
    const usd = (minor: number) => formatMoney(minor, 'KRW', 'en');
    await waitFor(() =>
      expect(sayLine().textContent).toContain(
        `For Massage Therapist, 600 hours, the total comes to ${usd(quote.total)}.`,
      ),
    );
    expect(sayLine().textContent).toContain(`When you enroll, you pay ${usd(quote.dueAtEnrollment)}.`);
    expect(sayLine().textContent).toMatch(/a month for 12 months/);
    expect(sayLine().textContent).not.toMatch(/[가-힣]/);

    const page = screen.getByRole('article', { name: '인쇄용 견적서' });
    expect(page.getAttribute('lang')).toBe('en');
    expect(page.textContent).toContain('Enrollment quote');
    expect(page.textContent).toContain('Massage Therapist, 600 hours');
    expect(page.textContent).toContain(`Payment 12`);
    expect(page.textContent).toContain(usd(quote.total));
    expect(page.textContent).not.toMatch(/[가-힣]/);

    // The Korean screen itself stays Korean.
    expect(within(breakdown()).getByRole('rowheader', { name: '합계' })).toBeTruthy();
  });

  it('prints through the browser on the web host and sets the paper size', async () => {
    const r = await open();
    await pickProgram(r, '120');
    // The test DOM has no print dialog: stand in for the browser's.
    const print = vi.fn();
    const original = window.print;
    window.print = print;
    try {
      await r.user.click(screen.getByRole('button', { name: '인쇄' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
      await r.user.click(screen.getByRole('button', { name: 'PDF로 저장' }));
      await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    } finally {
      window.print = original;
    }
    expect(screen.getByRole('article', { name: '인쇄용 견적서' }).getAttribute('data-paper')).toBe('A4');
    expect(pageRule('Letter')).toContain('size: letter');
  });

  it('warns about a start date in the past but still quotes, and refuses an empty one', async () => {
    const r = await open();
    await pickProgram(r, '600');
    setStartDate('2020-01-06');
    expect(screen.getByText('개강일이 이미 지난 날짜입니다. 이대로도 견적을 낼 수 있습니다.')).toBeTruthy();
    expect(screen.getByRole('table', { name: '납부 방식 비교' })).toBeTruthy();

    setStartDate('');
    expect(screen.getByLabelText('개강일').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('개강일을 올바른 날짜로 입력해 주세요.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: '납부 방식 비교' })).toBeNull();
  });

  it('drops a fee the new program does not offer, and says so', async () => {
    const r = await open();
    await pickProgram(r, '600');
    await r.user.click(screen.getByRole('checkbox', { name: /자격시험 응시료/ }));
    await pickProgram(r, '120');
    expect(screen.getByText('이 과정에는 해당하지 않아 선택에서 뺀 항목: 자격시험 응시료')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: /자격시험 응시료/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('saves the quote as an enrollment call', async () => {
    const r = await open();
    await pickProgram(r, '600');
    await r.user.click(screen.getByRole('radio', { name: '6개월 분납' }));
    setStartDate('2027-03-02');
    const form = screen.getByRole('form', { name: /통화/ });
    await r.user.type(within(form).getByLabelText(/이름/), '김민지');
    await r.user.type(within(form).getByLabelText(/전화/), '010-1234-5678');
    // A mistyped email is caught by its field, and nothing is saved.
    const email = within(form).getByLabelText('이메일');
    await r.user.type(email, 'minji@example');
    await r.user.click(within(form).getByRole('button', { name: /저장/ }));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('name@example.com 같은 이메일 주소를 입력하거나 비워 두세요.')).toBeTruthy();
    const none = await r.frontDesk.handle('calls.search', { kind: 'enrollment' });
    expect(none.ok && none.value.rows).toHaveLength(0);
    await r.user.type(email, '.kr');
    await r.user.click(within(form).getByRole('button', { name: /저장/ }));

    await waitFor(async () => {
      const found = await r.frontDesk.handle('calls.search', { kind: 'enrollment' });
      expect(found.ok && found.value.rows).toHaveLength(1);
    });
    const found = await r.frontDesk.handle('calls.search', { kind: 'enrollment' });
    if (!found.ok) throw new Error('search failed');
    const row = found.value.rows[0]!;
    expect(row.callerName).toBe('김민지');
    const record = await r.frontDesk.handle('calls.get', { id: row.id });
    if (!record.ok || record.value.saved.kind !== 'enrollment') throw new Error('no enrollment call');
    expect(record.value.email).toBe('minji@example.kr');
    expect(record.value.saved.request).toEqual({
      programId: 'mt-600',
      optionalFeeIds: [],
      paymentPlanId: 'monthly-6',
      startDate: '2027-03-02',
    });
  });

  it('says so when the catalog has no school, with a way to the price list', async () => {
    const { school: _, ...noSchool } = seed;
    const r = await open({ catalog: noSchool });
    const opened: string[] = [];
    const stop = navigationEvents.subscribe((id) => opened.push(id));
    expect(screen.getByRole('alert').textContent).toContain('가격표에 수강 과정이 없습니다');
    await r.user.click(screen.getByRole('button', { name: '가격표 열기' }));
    stop();
    expect(opened).toEqual(['catalog']);
  });

  it('says so when the catalog has no payment plans', async () => {
    const r = await open({ catalog: { ...seed, school: { ...seed.school!, paymentPlans: [] } } });
    await pickProgram(r, '600');
    expect(screen.getByRole('alert').textContent).toContain('가격표에 납부 방식이 없어 견적을 낼 수 없습니다');
  });
  it('shows the chosen program again when the search is left half-typed', async () => {
    const r = await open();
    await pickProgram(r, 'ㄱㅊ');
    const box = screen.getByRole('combobox', { name: '과정' }) as HTMLInputElement;
    expect(box.value).toBe('기초 마사지 120시간 과정');
    await r.user.clear(box);
    await r.user.type(box, '테라피');
    await r.user.tab();
    expect(box.value).toBe('기초 마사지 120시간 과정');
    expect(screen.getByRole('heading', { name: /기초 마사지 120시간 과정/, level: 2 })).toBeTruthy();
  });
});

describe('The Korean sample school, read aloud', () => {
  const sample = parseCatalog(koreanSample);
  const script = () => sayLine().textContent ?? '';

  it('says a one-payment plan without "1개월 동안 매월", with particles after the names', async () => {
    const r = await open({ catalog: sample });
    await pickProgram(r, '스포츠');
    await r.user.click(screen.getByRole('radio', { name: '2회 분납' }));
    setStartDate('2027-03-02');
    const quote = computeEnrollmentQuote(sample, { programId: 'sports', paymentPlanId: 'two-payments', startDate: '2027-03-02' });
    expect(script()).toBe(
      `스포츠 마사지 과정은 총 ${krw(quote.total)}입니다. 등록하실 때 ${krw(quote.dueAtEnrollment)}을 먼저 내십니다. ` +
        `한 달 뒤에 나머지 ${krw(quote.schedule[0]!.amount)}을 내시면 됩니다. 납부일은 2027년 4월 2일입니다.`,
    );
    expect(script()).not.toMatch(/1개월|매월|\(|및/);
  });

  it('says round monthly payments and the last one that takes the rest', async () => {
    const r = await open({ catalog: sample });
    await pickProgram(r, 'ㅅㅇㄷㅅ');
    await r.user.click(screen.getByRole('radio', { name: '3개월 분납' }));
    setStartDate('2027-03-02');
    // 540,000 + 5,000 fee twice, then 550,000 + 5,000.
    expect(script()).toContain('그다음 매달 545,000원씩 2번 내시고, 마지막 달에는 555,000원을 내시면 됩니다.');
    expect(script()).toMatch(/^스웨디시·아로마 전문가 과정은 총 /);
  });

  it('says the plan discount in English with the plan in lower case', async () => {
    const r = await open({ catalog: sample });
    await pickProgram(r, '스포츠');
    setStartDate('2027-03-02');
    await r.user.selectOptions(screen.getByLabelText('안내 언어'), 'en');
    await waitFor(() => expect(script()).toMatch(/^For Sports massage course, the total comes to ₩[\d,]+\./));
    expect(script()).toContain('You pay the whole amount at once when you enroll.');
    expect(script()).toMatch(/This already includes a tuition discount of ₩60,000 for the pay in full plan\.$/);
  });
});

describe('The printed enrollment quote', () => {
  const sample = parseCatalog(koreanSample);
  const page = () => screen.getByRole('article', { name: '인쇄용 견적서' });

  it('names the student from the save form, says until when it is valid, and no dangling "call us"', async () => {
    const r = await open({ catalog: sample });
    await pickProgram(r, 'ㅅㅇㄷㅅ');
    await r.user.click(screen.getByRole('radio', { name: '3개월 분납' }));
    setStartDate('2027-03-02');
    await r.user.type(screen.getByRole('textbox', { name: '고객 이름' }), '박서준');
    const today = new Date();
    const until = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30);
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const text = page().textContent ?? '';
    expect(text).toContain('수강생박서준');
    expect(text).toContain(`유효 기간 ${formatDate(iso(until), 'ko')}까지`);
    expect(text).toContain('분납금은 10,000원 단위로 맞추고, 남는 금액은 마지막 회차에 냅니다.');
    // First run: no business details. Nothing printed for them, and no sentence asking to call.
    expect(text).not.toMatch(/전화해 주세요|전화 \s*$/);
    expect(screen.getByText(/업체 정보\(상호, 전화번호\)가 없어/)).toBeTruthy();
  });

  it('prints the business phone in national format with the right particle once it is set', async () => {
    const r = await open({ catalog: sample, settings: { businessName: '하늘 마사지', businessPhone: '+82 2-555-0198', quoteValidDays: 14 } });
    await pickProgram(r, '스포츠');
    setStartDate('2027-03-02');
    const text = page().textContent ?? '';
    expect(text).toContain('하늘 마사지');
    expect(text).toContain('궁금한 점은 02-555-0198로 전화해 주세요.');
    expect(text).not.toContain('+82');
    expect(text).not.toContain('수강생'); // no name typed: no empty line for it
    expect(screen.queryByText(/업체 정보\(상호, 전화번호\)가 없어/)).toBeNull();
    await r.user.selectOptions(screen.getByLabelText('안내 언어'), 'en');
    await waitFor(() => expect(page().textContent).toContain('Please call 02-555-0198 with any questions.'));
    expect(page().textContent).toMatch(/Valid until [A-Z][a-z]{2} \d{1,2}, \d{4}/);
  });
});

describe('The course list and the keyboard', () => {
  it('does not cover the payment plans on the first open, and ↓ after a choice opens on that course', async () => {
    const r = await open({ catalog: parseCatalog(koreanSample) });
    const box = screen.getByRole('combobox', { name: '과정' });
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-expanded')).toBe('false'); // focused, list closed
    await r.user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await r.user.keyboard('{ArrowDown}{Enter}'); // the second course
    expect((box as HTMLInputElement).value).toBe('스포츠 마사지 과정');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await r.user.keyboard('{ArrowDown}');
    const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toContain('스포츠 마사지 과정'); // not back on the first course
    await r.user.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe('스포츠 마사지 과정');
  });
});
