// Korean particles after a word, chosen by how its end is read aloud: Hangul by its final
// consonant, a final digit by its Korean reading (es-hangul alone reads only Hangul).
import { describe, expect, it } from 'vitest';
import { josaFormatter, withJosa } from '../../../renderer/src/i18n/josa';

describe('withJosa', () => {
  it('after a digit, as the digit is read: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구', () => {
    const topic = ['0은', '1은', '2는', '3은', '4는', '5는', '6은', '7은', '8은', '9는'];
    for (let d = 0; d <= 9; d++) expect(withJosa(`플랜 ${d}`, '은/는')).toBe(`플랜 ${topic[d]}`);
    expect(withJosa('KB 실손 2026', '이/가')).toBe('KB 실손 2026이');
    expect(withJosa('10회권', '을/를')).toBe('10회권을');
  });

  it('after an amount in another currency, as it is read: with the currency\'s name', () => {
    expect(withJosa('US$2,050.00', '을/를')).toBe('US$2,050.00를'); // 달러를
    expect(withJosa('CA$0.80', '이/가')).toBe('CA$0.80가');
    expect(withJosa('€20.00', '으로/로')).toBe('€20.00로'); // 유로로
    expect(withJosa('£15.50', '은/는')).toBe('£15.50는'); // 파운드는
    expect(withJosa('JP¥20', '을/를')).toBe('JP¥20을'); // 엔을
    expect(withJosa('SGD 20.00', '이/가')).toBe('SGD 20.00가');
    expect(withJosa('286,000원', '을/를')).toBe('286,000원을');
  });

  it('after Hangul and Latin letters; other languages keep the word as it is', () => {
    expect(withJosa('하나케어', '은/는')).toBe('하나케어는');
    expect(withJosa('하늘생명 기본형', '이/가')).toBe('하늘생명 기본형이');
    expect(withJosa('PPO', '은/는')).toBe('PPO는');
    expect(josaFormatter('플랜 3', 'ko', { '은/는': true })).toBe('플랜 3은');
    expect(josaFormatter('Plan 3', 'en', { '은/는': true })).toBe('Plan 3');
  });
});
