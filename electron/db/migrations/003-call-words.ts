// Word-prefix index for short search words. The trigram index (002) cannot answer a word of
// 1-2 characters (below a trigram), and LIKE '%x%' over search_text scanned newest-first
// until it had a page and 1001 matches for the count: 11-18 ms for a surname at 200,000
// calls, 0.1-0.2 s for a short word that matches rarely. A receptionist typing 1-2
// characters is typing the start of something (a surname, a given name, the first digits
// of a number), so short words match the start of a word here instead of any substring.
import type { Migration } from './types';

// What a row contributes: every word of search_text (name, phone groups and digit runs,
// email parts, service names, note), and for a Korean name (Hangul, no spaces needed) the
// name after its first syllable, so "민수" finds 김민수 as it did before. Only rowids are
// read, so the table stores no copy of the text (content = '', rows deletable by rowid).
// `p` is 'new.' in a trigger, '' when reading calls.
const values = (p: string) => `${p}id, ${p}search_text,
    CASE WHEN ${p}caller_name GLOB '[가-힣][가-힣]*' THEN substr(${p}caller_name, 2) ELSE '' END`;

const sql = `
-- unicode61: words split at anything but letters and digits, case folded, accents removed
-- (Müller = muller). prefix = '1 2': one- and two-character prefixes are indexed terms of
-- their own, so "김"* reads one doclist (newest first, stopping at LIMIT) instead of
-- merging every word that starts with 김.
CREATE VIRTUAL TABLE calls_words USING fts5(
  words,
  given,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);

CREATE TRIGGER calls_words_insert AFTER INSERT ON calls BEGIN
  INSERT INTO calls_words (rowid, words, given) VALUES (${values('new.')});
END;
CREATE TRIGGER calls_words_delete AFTER DELETE ON calls BEGIN
  DELETE FROM calls_words WHERE rowid = old.id;
END;
CREATE TRIGGER calls_words_update AFTER UPDATE OF id, caller_name, search_text ON calls BEGIN
  DELETE FROM calls_words WHERE rowid = old.id;
  INSERT INTO calls_words (rowid, words, given) VALUES (${values('new.')});
END;

-- calls saved before this version
INSERT INTO calls_words (rowid, words, given) SELECT ${values('')} FROM calls;
`;

export const migration003: Migration = {
  version: 3,
  name: '003-call-words',
  up(db) {
    db.exec(sql);
  },
};
