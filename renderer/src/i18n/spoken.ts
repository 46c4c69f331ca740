// Pieces of sentences read aloud to a caller: lists joined as people say them, dates as
// they are read, and catalog names as they sit inside an English sentence.
import type { Lang } from '../../../shared/pricing/types';
import { withJosa } from './josa';

/** Spoken lists. Korean joins with commas and 와/과 before the last item ("A, B와 C"): the
 *  "및" of Intl.ListFormat is written register. English: "A, B, and C". */
export function spokenList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1]!;
  if (lang === 'ko') return `${[...head.slice(0, -1), withJosa(head[head.length - 1]!, '와/과')].join(', ')} ${last}`;
  return items.length === 2 ? `${head[0]} and ${last}` : `${head.join(', ')}, and ${last}`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-01-01" as read aloud: "2027년 1월 1일" / "January 1, 2027" (not "2027. 1. 1."). */
export function spokenDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d || m > 12) return isoDate;
  return lang === 'ko' ? `${y}년 ${m}월 ${d}일` : `${months[m - 1]} ${d}, ${y}`;
}

// Proper adjectives stay capitalised inside an English sentence ("Swedish massage").
const properWords = new Set([
  'swedish', 'thai', 'balinese', 'hawaiian', 'lomi', 'japanese', 'chinese', 'korean', 'indian', 'ayurvedic',
  'shiatsu', 'reiki', 'trager', 'rolfing', 'esalen',
]);

/** A catalog name (service, add-on, surcharge, discount) inside an English sentence:
 *  "Aromatherapy massage" -> "aromatherapy massage", "Hot stones" -> "hot stones"; proper
 *  adjectives ("Swedish massage") and acronyms ("CBD oil") are kept. Korean as it is.
 *  Place names (travel zones) never go through this. */
export function inSentence(name: string, lang: Lang): string {
  if (lang !== 'en') return name;
  const first = /^[A-Z][a-z][\p{L}-]*/u.exec(name)?.[0];
  if (!first || properWords.has(first.toLowerCase())) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The first letter in upper case (a sentence that starts with a lower-cased name). */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
