// The enrollment quote as text rows, in a given language: one source for the school screen,
// its printable page, its clipboard text and a saved call. Only display here; every amount
// comes from the engine's quote, and the rows always add up to its total.
import type { TFunction } from 'i18next';
import type { Bilingual, EnrollmentQuote, Lang } from '../../../../shared/pricing/types';
import { formatDate, formatMoney } from '../../format';
import { inSentence, spokenDate } from '../../i18n/spoken';
import type { CallerTexts } from '../caller-script/CallerScriptCard';

/** A program's length in whole years, as spec rule 1 counts per-year fees (for the label
 *  "× 2 years" only; every amount comes from the engine). */
export function programYears(months: number): number {
  return Math.ceil(months / 12);
}

export type BreakdownRow = { key: string; label: string; amount: string; kind: 'line' | 'discount' | 'total' | 'due' };
export type ScheduleRow = { key: string; label: string; date: string; amount: string };

/** What the rows need: from today's catalog on the school screen, from the call's snapshot
 *  for a saved call (where `months`, `installmentFee`, `per` may be unknown for old calls). */
export type EnrollmentView = {
  program: { name: Bilingual; months?: number };
  plan: { id: string; name: Bilingual; installmentFee?: number };
  fees: readonly { id: string; name: Bilingual; per?: 'once' | 'year'; amount?: number }[];
  quote: EnrollmentQuote;
  startDate: string;
};

export function breakdownRows(t: TFunction, lang: Lang, view: EnrollmentView): BreakdownRow[] {
  const { program, plan, quote } = view;
  const money = (minor: number) => formatMoney(minor, quote.currency, lang);
  const rows: BreakdownRow[] = [
    { key: 'tuition', label: t('breakdown.tuition'), amount: money(quote.tuition), kind: 'line' },
  ];
  if (quote.tuitionDiscount > 0) {
    rows.push({
      key: 'discount',
      label: t('breakdown.tuitionDiscount', { plan: plan.name[lang] }),
      amount: money(-quote.tuitionDiscount),
      kind: 'discount',
    });
  }
  for (const line of quote.fees) {
    const fee = view.fees.find((f) => f.id === line.id);
    const name = fee ? fee.name[lang] : line.id;
    const label =
      fee?.per === 'year' && fee.amount !== undefined && program.months
        ? t('breakdown.feePerYear', { name, amount: money(fee.amount), count: programYears(program.months) })
        : name;
    rows.push({ key: `fee-${line.id}`, label, amount: money(line.amount), kind: 'line' });
  }
  // The engine's total minus the lines above (not fee × n of our own), so the rows always
  // add up to the engine's total; today that difference is the installment fees.
  const listed = quote.tuition - quote.tuitionDiscount + quote.fees.reduce((sum, f) => sum + f.amount, 0);
  if (quote.total !== listed) {
    rows.push({
      key: 'installment-fees',
      label:
        plan.installmentFee && quote.schedule.length > 0
          ? t('breakdown.installmentFees', { amount: money(plan.installmentFee), count: quote.schedule.length })
          : t('breakdown.installmentFeesTotal'),
      amount: money(quote.total - listed),
      kind: 'line',
    });
  }
  rows.push({ key: 'total', label: t('breakdown.total'), amount: money(quote.total), kind: 'total' });
  rows.push({ key: 'due', label: t('breakdown.dueAtEnrollment'), amount: money(quote.dueAtEnrollment), kind: 'due' });
  return rows;
}

export function scheduleRows(t: TFunction, lang: Lang, quote: EnrollmentQuote): ScheduleRow[] {
  return quote.schedule.map((payment, index) => ({
    key: `${index}`,
    label: t('breakdown.paymentNumber', { number: index + 1 }),
    date: formatDate(payment.date, lang),
    amount: formatMoney(payment.amount, quote.currency, lang),
  }));
}

/** What the receptionist reads out: whole sentences in the caller's language. The sentence
 *  for the payments is chosen here, not by plural rules: Korean has none, and "1개월 동안
 *  매월" is not said. Dates as read aloud ("2027년 4월 2일"). */
export function callerScript(t: TFunction, lang: Lang, view: EnrollmentView): string {
  const { program, plan, quote } = view;
  const money = (minor: number) => formatMoney(minor, quote.currency, lang);
  const sentences = [t('script.total', { program: program.name[lang], total: money(quote.total) })];
  const n = quote.schedule.length;
  const first = quote.schedule[0];
  const last = quote.schedule[n - 1];
  if (!first || !last) {
    sentences.push(t('script.payInFull'));
  } else {
    if (quote.dueAtEnrollment > 0) sentences.push(t('script.dueNow', { amount: money(quote.dueAtEnrollment) }));
    if (n === 1) sentences.push(t('script.monthlyOnce', { amount: money(first.amount) }));
    else if (last.amount === first.amount) sentences.push(t('script.monthly', { amount: money(first.amount), count: n }));
    else sentences.push(t('script.monthlyWithLast', { amount: money(first.amount), count: n - 1, last: money(last.amount) }));
    sentences.push(t(n === 1 ? 'script.onlyDate' : 'script.firstDate', { date: spokenDate(first.date, lang) }));
  }
  if (quote.tuitionDiscount > 0) {
    sentences.push(t('script.discount', { plan: inSentence(plan.name[lang], lang), amount: money(quote.tuitionDiscount) }));
  }
  return sentences.join(' ');
}

/** What the caller-script card says about an enrollment quote: the script, and for the
 *  clipboard the script with the breakdown and schedule. */
export function enrollmentCallerTexts(t: TFunction, lang: Lang, view: EnrollmentView): CallerTexts {
  const say = callerScript(t, lang, view);
  return { say, copy: clipboardText(t, lang, view, say) };
}

/** The script plus the breakdown and schedule, for the clipboard (an e-mail, a message). */
export function clipboardText(
  t: TFunction,
  lang: Lang,
  view: EnrollmentView,
  script: string = callerScript(t, lang, view),
): string {
  const lines = [script, ''];
  lines.push(
    t('copy.heading', {
      program: view.program.name[lang],
      plan: view.plan.name[lang],
      start: t('breakdown.startDate', { date: formatDate(view.startDate, lang) }),
    }),
  );
  for (const row of breakdownRows(t, lang, view)) lines.push(t('copy.line', { label: row.label, amount: row.amount }));
  const schedule = scheduleRows(t, lang, view.quote);
  if (schedule.length > 0) {
    lines.push('', t('breakdown.scheduleTitle'));
    for (const row of schedule) lines.push(t('copy.scheduleLine', { ...row }));
  }
  return lines.join('\n');
}
