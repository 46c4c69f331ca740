// Finding clients by name, Korean initials, phone digits or email, as the call search does
// (calls/search.ts): words of 3+ characters are trigram phrases (substring: 김민지, ㄱㅁㅈ,
// 5678, jane@), words of 1-2 characters match the start of a word (김, Jo, ㄱㅁ, 01);
// digits with phone punctuation are one digit run; all words must match. Newest record
// first (ORDER BY id DESC), so the walk stops at LIMIT however many match. A word with an
// @ is an email typed from its start, matched by its words (see emailPhrase).
//
// SQL is assembled only from the fixed fragments below; every user value is bound.
import type { Database } from 'better-sqlite3';
import type { Client, ClientFilter } from '../../../shared/api/clients';
import { prepared } from '../../db/prepared';
import { searchWords } from '../calls/search';
import { businessCountry } from '../phones';
import { clientColumns, toClient, type ClientRow } from './rows';

/** `total` counts at most this many matches; above it `totalCapped` is true ("1000+"). */
export const CLIENT_COUNT_CAP = 1000;

export type ClientQuery = { from: string; where: string[]; order: string; params: Record<string, string | number> };

export const chars = (s: string) => [...s].length;
const ftsPhrase = (word: string) => `"${word.replace(/"/g, '""')}"`;
const likeContains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** An email (or its start) as a phrase of its words with the last one a prefix:
 *  "user5012@naver.c" -> "user5012 naver c"*. Emails share many trigrams (use, ser, .co,
 *  com...), so the trigram index reads long doclists for them; their words are rare. */
export const isEmail = (word: string) => word.includes('@');
const emailPhrase = (word: string) => {
  const parts = word.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return parts.length > 0 ? `${ftsPhrase(parts.join(' '))}*` : null;
};

export function buildClientQuery(filter: ClientFilter): ClientQuery {
  const all = searchWords(filter.text);
  const emails = all.filter(isEmail).map(emailPhrase).filter((p): p is string => p !== null);
  const words = all.filter((w) => !isEmail(w));
  const long = words.filter((w) => chars(w) >= 3);
  const short = words.filter((w) => chars(w) < 3);
  const where: string[] = [];
  const params: ClientQuery['params'] = {};
  let from = 'clients c';
  let order = 'c.id DESC';
  if (long.length > 0) {
    from = 'clients_fts f JOIN clients c ON c.id = f.rowid';
    where.push('clients_fts MATCH @match');
    params.match = long.map(ftsPhrase).join(' AND ');
    order = 'f.rowid DESC';
    // next to a long word, short words filter the rows it finds (substring, as for calls)
    short.forEach((w, i) => {
      where.push(`c.search_text LIKE @like${i} ESCAPE '\\'`);
      params[`like${i}`] = likeContains(w);
    });
  } else if (short.length > 0 || emails.length > 0) {
    from = 'clients_words w JOIN clients c ON c.id = w.rowid';
    where.push('clients_words MATCH @words');
    params.words = [...short.map((w) => `${ftsPhrase(w)}*`), ...emails].join(' AND ');
    order = 'w.rowid DESC';
  }
  if (long.length > 0 && emails.length > 0) {
    // next to a name or digits, an email filters by its words as well
    where.push('c.id IN (SELECT rowid FROM clients_words WHERE clients_words MATCH @emails)');
    params.emails = emails.join(' AND ');
  }
  // + : filter the rows walked, never start from another index
  if (!filter.includeArchived) where.push('+c.archived_at IS NULL');
  // an erased client is archived too; with the archived, it still is not found
  else where.push('+c.erased_at IS NULL');
  return { from, where, order, params };
}

const whereSql = (q: ClientQuery) => (q.where.length > 0 ? `WHERE ${q.where.join(' AND ')}` : '');
export const clientListSql = (q: ClientQuery) =>
  `SELECT ${clientColumns} FROM ${q.from} ${whereSql(q)} ORDER BY ${q.order} LIMIT @limit OFFSET @offset`;
export const clientCountSql = (q: ClientQuery) =>
  `SELECT count(*) FROM (SELECT 1 FROM ${q.from} ${whereSql(q)} LIMIT ${CLIENT_COUNT_CAP + 1})`;

export type ClientSearchResult = { rows: Client[]; total: number; totalCapped: boolean };

export function searchClients(db: Database, filter: ClientFilter = {}): ClientSearchResult {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const q = buildClientQuery(filter);
  const country = businessCountry(db);
  const rows = (prepared(db, clientListSql(q)).all({ ...q.params, limit, offset }) as ClientRow[]).map((row) => toClient(row, country));
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length, totalCapped: false };
  const counted = prepared(db, clientCountSql(q)).pluck().get(q.params) as number;
  return { rows, total: Math.min(counted, CLIENT_COUNT_CAP), totalCapped: counted > CLIENT_COUNT_CAP };
}
