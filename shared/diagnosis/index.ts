// The bundled diagnosis-code list: look a code up, find the closest listed heading for a
// code that is not listed, and search by code, English or Korean words, or Korean initials.
import { disassemble, getChoseong } from 'es-hangul';
import { tryNormalizeDiagnosisCode } from '../prescriptions/codes';
import type { Bilingual, Lang } from '../vocabulary';
import { ROWS, SEARCH_WORDS, type CodeSystems } from './codes';
import { kcdSiteMeaning } from './sites';

export type { CodeSystems } from './codes';

export type DiagnosisCodeEntry = {
  code: string;
  /** English: the ICD-10-CM title (the WHO title for a KCD-only code). */
  en: string;
  /** Korean: the KCD-8 title (a translation for an ICD-10-CM-only code). */
  ko: string;
  systems: CodeSystems;
  /** ICD-10-CM lists it only as a heading over longer codes. */
  cmHeading: boolean;
  /** Where the other system gives the same code another meaning. */
  note?: Bilingual;
};

const headings = new Map(ROWS.map(([code, , en, ko]) => [code, { en, ko }]));

export const DIAGNOSIS_CODES: readonly DiagnosisCodeEntry[] = ROWS.map(([code, systems, en, ko, flags]) => {
  const note = typeof flags === 'object' ? flags.note : systems === 'cm' ? kcdSiteMeaning(code, headings.get(code.slice(0, 5))) : null;
  const cmHeading = flags === 'heading' || (typeof flags === 'object' && flags.heading === true);
  return { code, en, ko, systems, cmHeading, ...(note ? { note } : {}) };
});

const byCode = new Map(DIAGNOSIS_CODES.map((e) => [e.code, e]));

/** The listed entry for a code (any spelling normalizeDiagnosisCode accepts), or null. */
export function findDiagnosisCode(text: string): DiagnosisCodeEntry | null {
  const code = tryNormalizeDiagnosisCode(text);
  return code === null ? null : (byCode.get(code) ?? null);
}

export const describeDiagnosisCode = (entry: DiagnosisCodeEntry, lang: Lang): string => entry[lang];

/** What the desk is told about a typed code: listed, well formed but not listed (accepted
 *  with a notice, with the closest listed heading when there is one), or not a code. */
export type CodeLookup =
  | { status: 'listed'; code: string; entry: DiagnosisCodeEntry }
  | { status: 'not-listed'; code: string; closest: DiagnosisCodeEntry | null }
  | { status: 'invalid' };

export function lookUpDiagnosisCode(text: string): CodeLookup {
  const code = tryNormalizeDiagnosisCode(text);
  if (code === null) return { status: 'invalid' };
  const entry = byCode.get(code);
  if (entry) return { status: 'listed', code, entry };
  // The longest listed code this one starts with: M25.513 -> M25.51 "Pain in shoulder".
  let closest: DiagnosisCodeEntry | null = null;
  for (let end = code.length - 1; end >= 3 && !closest; end--) {
    closest = byCode.get(code.slice(0, end).replace(/\.$/, '')) ?? null;
  }
  return { status: 'not-listed', code, closest };
}

// ---- Search ---------------------------------------------------------------------------

type KoText = { ko: string; koInitials: string; koJamo: string };
type Indexed = KoText & { entry: DiagnosisCodeEntry; code: string; en: string; words: readonly KoText[] };

const compact = (s: string) => s.replace(/\s+/g, '');

const koText = (text: string): KoText => {
  const ko = compact(text);
  return { ko, koInitials: getChoseong(ko), koJamo: disassemble(ko) };
};

const INDEX: readonly Indexed[] = DIAGNOSIS_CODES.map((entry) => ({
  entry,
  code: entry.code.replace('.', ''),
  en: entry.en.toLowerCase(),
  ...koText(entry.ko),
  words: (SEARCH_WORDS[entry.code] ?? []).map(koText),
}));

const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;
const CODE_START = /^[A-Za-z][0-9][0-9A-Za-z]?\.?[0-9A-Za-z]{0,4}$/;

/** How well one typed word matches; lower is better, null = no match. */
function wordScore(word: string, row: Indexed): number | null {
  if (CODE_START.test(word)) {
    const typed = word.replace('.', '').toUpperCase();
    if (row.code.startsWith(typed)) return row.code.length === typed.length ? 0 : 1;
  }
  if (INITIALS_ONLY.test(word)) {
    const at = row.koInitials.indexOf(word);
    if (at >= 0) return at === 0 ? 3 : 4;
    return row.words.some((w) => w.koInitials.includes(word)) ? 4 : null;
  }
  const lower = word.toLowerCase();
  const en = row.en.indexOf(lower);
  if (en === 0) return 2;
  if (en > 0 && /[\s,(\[-]/.test(row.en[en - 1] ?? '')) return 3;
  const ko = row.ko.indexOf(word);
  if (ko === 0) return 2;
  if (ko > 0 || en > 0) return 4;
  // A Korean syllable still being typed ("요ㅌ" -> 요통).
  if (/[가-힣ㄱ-ㅎㅏ-ㅣ]/.test(word) && row.koJamo.includes(disassemble(word))) return 5;
  // An everyday word for the code (요통 for M54.5), ranked like a substring of the title.
  for (const w of row.words) {
    if (w.ko.includes(word)) return 4;
    if (/[가-힣ㄱ-ㅎㅏ-ㅣ]/.test(word) && w.koJamo.includes(disassemble(word))) return 5;
  }
  return null;
}

/** Listed codes matching every word typed, best first (ties in list order). "m545",
 *  "M54.5", "low back", "허리", "ㅇㄹㅎㄹ" all find M54.5. */
export function searchDiagnosisCodes(query: string, limit = 20): DiagnosisCodeEntry[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: { entry: DiagnosisCodeEntry; score: number; order: number }[] = [];
  INDEX.forEach((row, order) => {
    let score = 0;
    for (const word of words) {
      const s = wordScore(word, row);
      if (s === null) return;
      score += s;
    }
    hits.push({ entry: row.entry, score, order });
  });
  hits.sort((a, b) => a.score - b.score || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.entry);
}
