// Finds catalog entries by what a receptionist types: Korean or English name, a fuzzy
// subsequence ("swd" -> Swedish), or Korean initial consonants ("ㅅㅇㄷㅅ" -> 스웨디시).
import { disassemble, getChoseong } from 'es-hangul';
import type { Bilingual } from '../../../shared/pricing/types';

export type NameIndex = {
  ko: string;
  en: string;
  /** The English name without spaces, for the loose match. */
  enCompact: string;
  koChoseong: string;
  koJamo: string;
};

/** Precompute once per catalog: search runs on every keystroke, over every entry, so
 *  matching an entry allocates nothing (only a match adds its entry to the hits); a
 *  keystroke over 500 services otherwise left hundreds of kilobytes for the garbage
 *  collector. */
export function indexName(name: Bilingual): NameIndex {
  const ko = name.ko.toLowerCase().replace(/\s+/g, '');
  const en = name.en.toLowerCase();
  return {
    ko,
    en,
    enCompact: en.replace(/\s+/g, ''),
    koChoseong: getChoseong(ko),
    koJamo: disassemble(ko),
  };
}

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;

/** What was typed, normalised once per keystroke (not once per entry). */
export type PreparedQuery = {
  /** Trimmed, lower case: matched against the English name. */
  text: string;
  /** Without spaces: matched against the Korean name (indexed without spaces). */
  compact: string;
  /** Only initial consonants ("ㅅㅇㄷㅅ"): matched against the 초성 of the Korean name. */
  choseongOnly: boolean;
  /** The compact query in jamo, for a syllable being typed ("스웨ㄷ"). */
  jamo: string;
};

export function prepareQuery(query: string): PreparedQuery {
  const text = query.trim().toLowerCase();
  const compact = text.replace(/\s+/g, '');
  const choseongOnly = CHOSEONG_ONLY.test(compact);
  return { text, compact, choseongOnly, jamo: choseongOnly ? '' : disassemble(compact) };
}

/** Lower is better; null = no match. 0 prefix, 1 word start, 2 substring, 3 fuzzy. */
export function matchName(query: PreparedQuery, name: NameIndex): number | null {
  const { text: q, compact } = query;
  if (!q) return 0;
  if (query.choseongOnly) {
    const at = name.koChoseong.indexOf(compact);
    return at === 0 ? 0 : at > 0 ? 2 : null;
  }
  // The Korean name is indexed without spaces, so it is never matched at a word start.
  const inKo = name.ko.indexOf(compact);
  const inEn = name.en.indexOf(q);
  if (inKo === 0 || inEn === 0) return 0;
  if (inEn > 0 && /\s/.test(name.en[inEn - 1]!)) return 1;
  if (inKo > 0 || inEn > 0) return 2;
  // A syllable being typed ("스웨ㄷ") matches on jamo; then a loose subsequence.
  if (name.koJamo.startsWith(query.jamo)) return 1;
  if (isSubsequence(compact, name.enCompact) || isSubsequence(query.jamo, name.koJamo)) return 3;
  return null;
}

/** Whether `needle`'s characters appear in `haystack` in order, by whole code points (a
 *  character outside the BMP, an emoji, is one character), reading the strings in place. */
function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; i < needle.length && j < haystack.length; ) {
    const ch = haystack.codePointAt(j)!;
    const width = ch > 0xffff ? 2 : 1;
    if (ch === needle.codePointAt(i)) i += width;
    j += width;
  }
  return i >= needle.length;
}

/** Entries matching `query`, best first, stable within a score (catalog order). */
export function searchByName<T extends { name: Bilingual }>(
  query: string,
  entries: readonly { entry: T; index: NameIndex }[],
): T[] {
  const prepared = prepareQuery(query);
  const hits: { entry: T; score: number; order: number }[] = [];
  entries.forEach(({ entry, index }, order) => {
    const score = matchName(prepared, index);
    if (score !== null) hits.push({ entry, score, order });
  });
  hits.sort((a, b) => a.score - b.score || a.order - b.order);
  return hits.map((hit) => hit.entry);
}
