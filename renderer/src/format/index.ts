// Money and dates as the screens show them: money in the business currency (integer minor
// units in, Intl out), dates in the UI language's format.
import { formatMoney } from '../../../shared/pricing/money';
import type { Lang } from '../../../shared/pricing/types';

export { formatMoney };

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

/** One formatter per language and options: the calls list formats a date per row, and
 *  building an Intl formatter is far slower than using one (as formatMoney does). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "2026-12-24" -> "2026. 12. 24." (ko) / "Dec 24, 2026" (en). No time-zone shift. */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An ISO instant (UTC) shown in local time: "2026. 12. 24. 오후 11:30" / "Dec 24, 2026, 11:30 PM". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A time of day "HH:MM" as said in the language: "21:00" -> "오후 9시" / "9 PM". */
export function formatTimeOfDay(time: string, lang: Lang): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const options: Intl.DateTimeFormatOptions =
    minutes === 0 ? { hour: 'numeric', timeZone: 'UTC' } : { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
  return dateFormat(lang, options).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

const listFormats = new Map<Lang, Intl.ListFormat>();
/** ["A", "B", "C"] -> "A, B 및 C" / "A, B, and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

export { localDate as localIsoDate, localMinute as localIsoMinute } from '../../../shared/local-date';

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
