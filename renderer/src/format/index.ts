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

// Times of day are written here, not by Intl: some ICU/CLDR versions print Korean times as
// "PM 9시" instead of "오후 9시", and the runtime's ICU is not ours to choose (Electron,
// Node and Chromium each bring their own). Dates still come from Intl (no such problem).

/** "오후 9시" / "오후 9:30" (ko), "9 PM" / "9:30 PM" (en), for hours 0-23. */
export function clockTime(hours: number, minutes: number, lang: Lang): string {
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  const mm = minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`;
  if (lang === 'ko') return `${hours < 12 ? '오전' : '오후'} ${h12}${mm || '시'}`;
  return `${h12}${mm} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** An ISO instant (UTC) shown in local time: "2026. 12. 24. 오후 11:30" / "Dec 24, 2026, 11:30 PM". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = dateFormat(lang, { dateStyle: 'medium' }).format(date);
  const time = clockTime(date.getHours(), date.getMinutes(), lang);
  return lang === 'ko' ? `${day} ${time}` : `${day}, ${time}`;
}

/** A time of day "HH:MM" as said in the language: "21:00" -> "오후 9시" / "9 PM". */
export function formatTimeOfDay(time: string, lang: Lang): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return clockTime(hours, minutes, lang);
}

const listFormats = new Map<Lang, Intl.ListFormat>();
/** ["A", "B", "C"] -> "A, B 및 C" / "A, B, and C": written lists on screen. Sentences read
 *  aloud use spokenList (i18n/spoken.ts) instead. */
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
