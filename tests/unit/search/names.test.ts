// The name search behind the service and program pickers: what a receptionist types, in
// Korean or English, finds the entry, best matches first.
import { describe, expect, it } from 'vitest';
import { indexName, matchName, prepareQuery, searchByName } from '../../../renderer/src/search/names';

const swedish = indexName({ ko: '스웨디시 마사지', en: 'Swedish Massage' });
const score = (query: string, name = swedish) => matchName(prepareQuery(query), name);

describe('matchName', () => {
  it('ranks a prefix 0, a word start 1, a substring 2, a loose subsequence 3', () => {
    expect(score('swe')).toBe(0);
    expect(score('mass')).toBe(1);
    expect(score('edish')).toBe(2);
    expect(score('swdmsg')).toBe(3);
    expect(score('xyz')).toBeNull();
  });

  it('matches Korean without regard to spaces, in the name or in what is typed', () => {
    expect(score('스웨디시마')).toBe(0);
    expect(score('스웨디시 마')).toBe(0);
    expect(score('마사지')).toBe(2);
  });

  it('matches Korean initial consonants, at the start or inside', () => {
    expect(score('ㅅㅇㄷㅅ')).toBe(0);
    expect(score('ㅁㅅㅈ')).toBe(2);
    expect(score('ㅈㅁ')).toBeNull();
  });

  it('matches a syllable still being typed on its jamo', () => {
    // "스웨ㄷ": the ㄷ will become 디.
    expect(score('스웨ㄷ')).toBe(1);
    expect(score('스웨ㅋ')).toBeNull();
  });

  it('matches Korean loosely on jamo in order', () => {
    expect(score('스디마')).toBe(3);
    expect(score('디스')).toBeNull();
  });

  it('ignores case and the spaces around the query; an empty query matches everything', () => {
    expect(score('  SWEDISH  ')).toBe(0);
    expect(score('Swedish massage')).toBe(0);
    expect(score('swedishmassage')).toBe(3);
    expect(score('')).toBe(0);
    expect(score('   ')).toBe(0);
  });

  it('matches a whole word after several spaces as a word start', () => {
    const deep = indexName({ ko: '딥 티슈', en: 'Deep   Tissue' });
    expect(score('tissue', deep)).toBe(1);
  });

  it('matches a character outside the BMP (an emoji) loosely as one character', () => {
    const hot = indexName({ ko: '핫스톤 🔥', en: 'Hot stone 🔥 special' });
    expect(score('hs🔥', hot)).toBe(3);
    expect(score('h🔥s', hot)).toBe(3);
    expect(score('🔥h', hot)).toBeNull();
  });

  it('gives the better of the Korean and the English scores', () => {
    // The English name starts with the query; the Korean name has it inside.
    const both = indexName({ ko: '핫스톤 abc', en: 'abc hot stone' });
    expect(score('abc', both)).toBe(0);
  });
});

describe('searchByName', () => {
  const entries = [
    { ko: '아로마 마사지', en: 'Aroma Massage' },
    { ko: '스웨디시 마사지', en: 'Swedish Massage' },
    { ko: '마사지 체어', en: 'Massage Chair' },
    { ko: '발 마사지', en: 'Foot Massage' },
    { ko: '핫스톤', en: 'Hot Stone' },
  ].map((name, id) => ({ entry: { id, name }, index: indexName(name) }));
  const ids = (query: string) => searchByName(query, entries).map((e) => e.id);

  it('lists the best matches first and keeps the catalog order within a score', () => {
    // "massage": a prefix for Massage Chair, a word start for the others.
    expect(ids('massage')).toEqual([2, 0, 1, 3]);
    expect(ids('마사지')).toEqual([2, 0, 1, 3]);
    expect(ids('ㅎㅅ')).toEqual([4]);
    expect(ids('')).toEqual([0, 1, 2, 3, 4]);
    expect(ids('zzz')).toEqual([]);
  });

  it('puts loose matches after exact ones', () => {
    // "sh" is inside "Swedish"; "Massage Chair" holds s…h only in order.
    expect(ids('sh')).toEqual([1, 2]);
    // No name contains "hs"; Swedish Massage and Hot Stone hold h…s in order.
    expect(ids('hs')).toEqual([1, 4]);
  });
});
