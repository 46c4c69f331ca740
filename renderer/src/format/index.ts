// Money and dates as the screens show them: money in the business currency (integer minor
// units in, Intl out), dates in the UI language's format.
import { formatMoney } from '../../../shared/pricing/money';
import type { Lang } from '../../../shared/pricing/types';

export { formatMoney };

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

/** "2026-12-24" -> "2026. 12. 24." (ko) / "Dec 24, 2026" (en). No time-zone shift. */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An ISO instant (UTC) shown in local time: "2026. 12. 24. 오후 11:30" / "Dec 24, 2026, 11:30 PM". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Local "YYYY-MM-DD" of a Date (not UTC). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local "YYYY-MM-DDTHH:MM" of a Date, the form the pricing engine takes. */
export function localIsoMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What a receptionist types into an amount field ("12.34", "130,000") -> minor units, or
 *  null when it is not an amount. Uses the currency's exponent; never floats. */
export function parseMoneyInput(text: string, exponent: number): number | null {
  const cleaned = text.replace(/[,\s₩$원]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > exponent) return null;
  const minor = Number(match[1]) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units -> the text an amount field starts with ("12.34", "130000"). */
export function moneyInputText(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const text = String(minor).padStart(exponent + 1, '0');
  return `${text.slice(0, -exponent)}.${text.slice(-exponent)}`;
}
