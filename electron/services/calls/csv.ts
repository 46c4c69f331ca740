// The call log as a CSV file Excel opens correctly: UTF-8 with a byte order mark (else Excel
// guesses the ANSI code page and Korean turns to mojibake), CRLF line ends, RFC 4180 quoting.
//
// Formula injection: a cell that starts with = + - @ (or a tab / carriage return) would be
// run by Excel as a formula, so such text cells get a leading apostrophe ('), which Excel
// shows as plain text. Amounts are numbers we write ourselves and are left as numbers; a
// phone typed as "+82 ..." therefore appears as '+82 ... in the raw file.
import type { Database } from 'better-sqlite3';
import type { CallFilter } from '../../../shared/api/calls';
import type { CallOutcome } from '../../../shared/vocabulary';
import type { CallSummary } from '../../../shared/api/types';
import { currencyExponent } from '../../../shared/pricing';
import { minorToDecimalText } from '../../../shared/pricing/money';
import type { Lang } from '../../../shared/pricing/types';
import { localDate } from '../../../shared/local-date';
import type { StoredSummary } from './rows';
import { iterateCalls } from './search';

/** Header and value words, kept here so the service needs no i18n setup: the same words
 *  as the screens (docs/glossary.md). */
const words = {
  ko: {
    header: ['번호', '날짜', '시간', '종류', '이름', '전화번호', '결과', '연락 예정일', '내용', '합계', '화폐', '메모'],
    kind: { session: '마사지 견적', enrollment: '수강 견적' },
    outcome: { booked: '예약 완료', thinking: '고민 중', declined: '예약 안 함', 'no-answer': '부재중' },
  },
  en: {
    header: ['ID', 'Date', 'Time', 'Type', 'Name', 'Phone', 'Outcome', 'Call back on', 'Summary', 'Total', 'Currency', 'Note'],
    kind: { session: 'Massage quote', enrollment: 'School enrollment' },
    outcome: { booked: 'Booked', thinking: 'Thinking it over', declined: 'Not booked', 'no-answer': 'No answer' },
  },
} satisfies Record<Lang, { header: string[]; kind: Record<CallSummary['kind'], string>; outcome: Record<CallOutcome, string> }>;

/** A text cell: formula guard, then RFC 4180 quoting when needed. */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const pad = (n: number) => String(n).padStart(2, '0');

function line(c: StoredSummary, lang: Lang): string {
  const w = words[lang];
  const at = new Date(c.createdAt);
  return [
    String(c.id),
    localDate(at), // ISO date, local
    `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    textCell(w.kind[c.kind]),
    textCell(c.callerName),
    textCell(c.phone),
    textCell(w.outcome[c.outcome]),
    c.followUp ?? '',
    textCell(c.summary[lang]),
    minorToDecimalText(c.total, currencyExponent(c.currency)), // major units: 286000, 12.34
    c.currency,
    textCell(c.note),
  ].join(',');
}

/** Every call matching the filter (its limit/offset are ignored), newest first. */
export function exportCallsCsv(
  db: Database,
  filter: CallFilter,
  lang: Lang,
  now: Date = new Date(),
): { fileName: string; csv: string } {
  const lines = [words[lang].header.map(textCell).join(',')];
  for (const call of iterateCalls(db, filter)) lines.push(line(call, lang));
  return { fileName: `front-desk-calls-${localDate(now)}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` };
}
