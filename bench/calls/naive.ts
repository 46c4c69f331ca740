// The same searches written the obvious way, without the FTS index or the rowid bounds:
// every word is LIKE '%word%' on calls.search_text, dates are a plain created_at range.
// Same page and the same capped count as the service, so the two are comparable.
import type { Database, Statement } from 'better-sqlite3';
import type { CallFilter } from '../../shared/api/calls';
import { CALL_COUNT_CAP } from '../../electron/services/calls';
import { searchWords } from '../../electron/services/calls/search';
import { summaryColumns } from '../../electron/services/calls/rows';
import { localMidnightIso } from '../../shared/local-date';

export type Prepared = { list: Statement; count: Statement; params: Record<string, string | number> };

const likeContains = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function prepareNaive(db: Database, filter: CallFilter): Prepared {
  const where: string[] = [];
  const params: Prepared['params'] = {};
  searchWords(filter.text).forEach((w, i) => {
    where.push(`c.search_text LIKE @w${i} ESCAPE '\\'`);
    params[`w${i}`] = likeContains(w);
  });
  if (filter.from) {
    where.push('c.created_at >= @fromAt');
    params.fromAt = localMidnightIso(filter.from);
  }
  if (filter.to) {
    where.push('c.created_at < @toAt');
    params.toAt = localMidnightIso(filter.to, 1);
  }
  if (filter.outcome) {
    where.push('c.outcome = @outcome');
    params.outcome = filter.outcome;
  }
  if (filter.followUpDueBy) {
    where.push(`c.follow_up <= @dueBy AND c.outcome NOT IN ('booked', 'declined')`);
    params.dueBy = filter.followUpDueBy;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return {
    list: db.prepare(`SELECT ${summaryColumns} FROM calls c ${whereSql} ORDER BY c.id DESC LIMIT @limit OFFSET @offset`),
    count: db.prepare(`SELECT count(*) FROM (SELECT 1 FROM calls c ${whereSql} LIMIT ${CALL_COUNT_CAP + 1})`).pluck(),
    params,
  };
}
