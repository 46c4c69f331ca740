// Finding clients by their name or its Korean initials only, never by email or phone: what a
// therapist may search by (a therapist must not learn whose address or number one is). The
// indexes cover the whole search text (search-text.ts), so the rows they find, newest first,
// are checked against the name here, by the desk's rules (search.ts): a word of 3+ characters
// is a substring (a short word too, next to a long one), a word of 1-2 characters alone is the
// start of a word (a Korean name's given name is a word too).
import type { Database } from 'better-sqlite3';
import type { Client } from '../../../shared/api/clients';
import { prepared } from '../../db/prepared';
import { searchWords } from '../calls/search';
import { businessCountry } from '../phones';
import { clientListSql, buildClientQuery, chars, isEmail } from './search';
import { koreanInitials } from './search-text';
import { toClient, type ClientRow } from './rows';

/** Rows read from the index at a time while looking for names that match. */
const PAGE = 200;

// as the indexes compare: trigrams without case, words without case or diacritics
const lower = (s: string) => s.toLowerCase();
const plain = (s: string) => lower(s).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const wordsOf = (s: string) => plain(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function nameHolds(name: string, words: string[]): boolean {
  const lines = [name, koreanInitials(name)].map(lower);
  const given = /^[가-힣][가-힣]/.test(name) ? name.slice(1) : '';
  const starts = [...wordsOf(name), ...wordsOf(koreanInitials(name)), ...wordsOf(given)];
  const anyLong = words.some((w) => chars(w) >= 3);
  return words.every((w) =>
    anyLong ? lines.some((line) => line.includes(lower(w))) : starts.some((start) => start.startsWith(plain(w))),
  );
}

/** Active clients whose name holds every word of `text`, newest first, at most `limit`. */
export function searchClientsByName(db: Database, filter: { text: string; limit: number }): Client[] {
  const words = searchWords(filter.text).filter((w) => !isEmail(w));
  if (words.length === 0) return [];
  const query = buildClientQuery({ text: words.join(' ') });
  const statement = prepared(db, clientListSql(query));
  const country = businessCountry(db);
  const found: Client[] = [];
  for (let offset = 0; found.length < filter.limit; offset += PAGE) {
    const page = statement.all({ ...query.params, limit: PAGE, offset }) as ClientRow[];
    for (const row of page) {
      if (found.length < filter.limit && nameHolds(row.name, words)) found.push(toClient(row, country));
    }
    if (page.length < PAGE) break;
  }
  return found;
}
