// Finding calls. Newest first is ORDER BY id DESC: ids are given in recording order, and
// both the rowid and the FTS indexes can be walked backwards and stopped at LIMIT, so a
// search touches about `limit` rows however many match.
//
// Text: each word of 3+ characters is a trigram FTS5 phrase (substring match, Korean and
// digit runs included). A word of 1-2 characters (below a trigram) matches the START of a
// word, through the word index of migration 003 (`"김"*` finds 김민수, `"Jo"*` John, `"01"*`
// 010-...; a Korean name also counts its given name as a word, so `민수` finds 김민수);
// next to a 3+ character word, short words are LIKE '%word%' filters on the trigram matches.
// Text that is only digits and phone punctuation is one digit run, so "010-1234" finds
// 01012345678. All words must match.
//
// SQL is assembled only from the fixed fragments below; every user value is bound.
import type { Database } from 'better-sqlite3';
import type { CallFilter } from '../../../shared/api/calls';
import type { CallSummary } from '../../../shared/api/types';
import { prepared } from '../../db/prepared';
import { localMidnightIso } from '../../../shared/local-date';
import { businessCountry } from '../phones';
import { summaryColumns, toStoredSummary, toSummary, type StoredSummary, type SummaryRow } from './rows';
import { idsFollowTime } from './time-order';

/** `total` counts at most this many matches (counting all of 200,000 would cost more than
 *  the search); above it `totalCapped` is true and the screen shows "1000+". */
export const CALL_COUNT_CAP = 1000;
const MAX_WORDS = 8;

export type CallSearchResult = { rows: CallSummary[]; total: number; totalCapped: boolean };

type Query = { from: string; where: string[]; order: string; params: Record<string, string | number> };

const chars = (s: string) => [...s].length;

/** A word as an FTS5 string: wrapped in double quotes, inner quotes doubled. */
const ftsPhrase = (word: string) => `"${word.replace(/"/g, '""')}"`;
/** A word as a LIKE pattern with \ escaping its wildcards. */
const likeContains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** A word as an FTS5 prefix query: the phrase with `*` (any word starting with it). */
const ftsPrefix = (word: string) => `${ftsPhrase(word)}*`;

export function searchWords(text: string | undefined): string[] {
  // Control characters separate words: FTS5 ends a query string at NUL ("unterminated
  // string"), and none of them can be part of a saved name, phone or note anyone types.
  // eslint-disable-next-line no-control-regex
  const t = (text ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (t === '') return [];
  const digits = t.replace(/[\s\-().+]/g, '');
  if (/^\d+$/.test(digits)) return [digits];
  return [...new Set(t.split(/\s+/))].slice(0, MAX_WORDS);
}

/** `idsInTimeOrder`: false once the clock was set back between two calls (idsFollowTime in
 *  time-order.ts); the date filters then test created_at alone, without the rowid bounds. */
export function buildQuery(filter: CallFilter, idsInTimeOrder = true): Query {
  const where: string[] = [];
  const params: Query['params'] = {};
  const words = searchWords(filter.text);
  const ftsWords = words.filter((w) => chars(w) >= 3);
  const shortWords = words.filter((w) => chars(w) < 3);

  // Dates: the exact test on created_at, plus the same range as rowid bounds (one index
  // seek each) so the rowid / FTS walk starts and stops at the range instead of filtering
  // every newer row. The bounds assume ids follow created_at, which holds unless the
  // computer's clock was set back between two calls: then `idsInTimeOrder` is false and
  // only the exact tests remain. The unary + keeps SQLite from sorting the created_at
  // index range instead of walking ids in order.
  const bounds: string[] = []; // `?` stands for the rowid walked (chosen below)
  if (filter.from) {
    where.push('+c.created_at >= @fromAt');
    if (idsInTimeOrder) bounds.push('? >= (SELECT id FROM calls WHERE created_at >= @fromAt ORDER BY created_at, id LIMIT 1)');
    params.fromAt = localMidnightIso(filter.from);
  }
  if (filter.to) {
    where.push('+c.created_at < @toAt');
    if (idsInTimeOrder) bounds.push('? <= (SELECT id FROM calls WHERE created_at < @toAt ORDER BY created_at DESC, id DESC LIMIT 1)');
    params.toAt = localMidnightIso(filter.to, 1);
  }

  let from = 'calls c';
  let order = 'c.id DESC';
  let rowid = 'c.id';
  if (ftsWords.length > 0) {
    from = 'calls_fts f JOIN calls c ON c.id = f.rowid';
    where.push('calls_fts MATCH @match');
    params.match = ftsWords.map(ftsPhrase).join(' AND ');
    order = 'f.rowid DESC';
    rowid = 'f.rowid';
    // Next to a 3+ character word the trigram walk leads and short words stay LIKE
    // '%word%' filters on the rows it finds (substring, as before migration 003): cheap per
    // row. The word index measured worse here (200,000 calls): probed per row, 40 us a row
    // (0.7 s for "010 김"); read once into an IN set, 2 ms for 발 in "발 마사지" (list and
    // count each, over the bench's 10 ms p95) and 48 ms for "마사지 01" (LIKE: 0.8 ms).
    shortWords.forEach((w, i) => {
      where.push(`c.search_text LIKE @like${i} ESCAPE '\\'`);
      params[`like${i}`] = likeContains(w);
    });
  } else if (shortWords.length > 0) {
    // Short words alone: word prefixes from the word index, newest first, stops at LIMIT.
    from = 'calls_words w JOIN calls c ON c.id = w.rowid';
    where.push('calls_words MATCH @words');
    params.words = shortWords.map(ftsPrefix).join(' AND ');
    order = 'w.rowid DESC';
    rowid = 'w.rowid';
  }
  where.push(...bounds.map((b) => b.replace('?', rowid)));
  // With text or dates the walk goes newest first by id and stops at LIMIT; the unary +
  // keeps SQLite (which has no ANALYZE statistics here) from starting at the outcome or kind
  // index instead, then probing the FTS index per row and sorting: 1.3 s at 200,000 calls
  // for "010" + dates + outcome. Alone, those filters still seek their index.
  const byId = words.length > 0 || !!filter.from || !!filter.to;
  const plus = byId ? '+' : '';
  if (filter.outcome) {
    where.push(`${plus}c.outcome = @outcome`);
    params.outcome = filter.outcome;
  }
  if (filter.kind) {
    where.push(`${plus}c.kind = @kind`);
    params.kind = filter.kind;
  }
  if (filter.followUpDueBy) {
    where.push(`c.follow_up <= @dueBy AND c.outcome NOT IN ('booked', 'declined')`);
    params.dueBy = filter.followUpDueBy;
  }
  return { from, where, order, params };
}

const whereSql = (q: Query) => (q.where.length > 0 ? `WHERE ${q.where.join(' AND ')}` : '');

export const listSql = (q: Query) =>
  `SELECT ${summaryColumns} FROM ${q.from} ${whereSql(q)} ORDER BY ${q.order} LIMIT @limit OFFSET @offset`;
export const countSql = (q: Query) =>
  `SELECT count(*) FROM (SELECT 1 FROM ${q.from} ${whereSql(q)} LIMIT ${CALL_COUNT_CAP + 1})`;

export function searchCalls(db: Database, filter: CallFilter = {}): CallSearchResult {
  const limit = filter.limit ?? 100;
  const offset = filter.offset ?? 0;
  const q = buildQuery(filter, idsFollowTime(db));
  const country = businessCountry(db);
  const rows = (prepared(db, listSql(q)).all({ ...q.params, limit, offset }) as SummaryRow[]).map((row) => toSummary(row, country));
  // A short first page is the whole answer; no need to count.
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length, totalCapped: false };
  const counted = prepared(db, countSql(q)).pluck().get(q.params) as number;
  return { rows, total: Math.min(counted, CALL_COUNT_CAP), totalCapped: counted > CALL_COUNT_CAP };
}

/** Every call matching the filter (limit/offset ignored), newest first, one at a time. */
export function* iterateCalls(db: Database, filter: CallFilter): Generator<StoredSummary> {
  const q = buildQuery(filter, idsFollowTime(db));
  const sql = `SELECT ${summaryColumns} FROM ${q.from} ${whereSql(q)} ORDER BY ${q.order}`;
  for (const row of db.prepare(sql).iterate(q.params) as IterableIterator<SummaryRow>) yield toStoredSummary(row);
}
