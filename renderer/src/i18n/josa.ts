// Korean particles after a name or a number, chosen by how the word ends when read aloud
// (es-hangul's josa), never written "을(를)". Used by i18next as the `josa` formatter:
// "{{name, josa(을/를)}}" -> "스웨디시를", "봄 프로모션을", "352,000원을", "10회권을".
import { josa } from 'es-hangul';

export type Particle = Parameters<typeof josa>[1];

// es-hangul reads only Hangul: a word ending in a digit or a Latin letter is read here as
// Koreans say it ("1" 일, "3" 삼, "10" 십, "SPRING5" 오, "SPA" 에이, "CBD" 디, "L" 엘).
const digitSyllable = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const letterSyllable: Record<string, string> = {
  a: '이', b: '비', c: '씨', d: '디', e: '이', f: '프', g: '지', h: '치', i: '이', j: '이', k: '이', l: '엘',
  m: '엠', n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '스', t: '티', u: '유', v: '이', w: '유', x: '스',
  y: '이', z: '트',
};

// An amount in another currency, as Intl writes it in Korean ("US$2,050.00", "£20.00"), is
// read with the currency's name after the number: "2,050달러를", not by its last digit.
const currencyWordEnd: [RegExp, string][] = [
  [/\$/u, '러'], // 달러
  [/€/u, '로'], // 유로
  [/£/u, '드'], // 파운드
  [/[¥￥]/u, '엔'], // 엔
  [/\b(SGD|AUD|CAD|NZD|HKD)\b/u, '러'], // 달러
];

/** The syllable the word ends with when read aloud, or null when it ends in Hangul. */
function spokenEnd(word: string): string | null {
  const trimmed = word.replace(/[\s)\]}"'.,!?%]+$/u, (tail) => (tail.includes('%') ? '%' : ''));
  if (trimmed.endsWith('%')) return '트'; // 퍼센트
  const last = trimmed.at(-1) ?? '';
  if (/\d/.test(last)) for (const [sign, end] of currencyWordEnd) if (sign.test(trimmed)) return end;
  // A last 0 is read 영, 십, 백, 천 or 만: all end in a consonant, as 영 does.
  if (/\d/.test(last)) return digitSyllable[Number(last)] ?? null;
  const letter = letterSyllable[last.toLowerCase()];
  return letter ?? null;
}

/** The word followed by the right particle: withJosa('수원', '으로/로') -> '수원으로'. */
export function withJosa(word: string, particle: Particle): string {
  if (word === '') return word;
  const end = spokenEnd(word);
  return end === null ? josa(word, particle) : word + josa.pick(end, particle);
}

const particlePattern = /^[가-힣]+\/[가-힣]+$/;

/** i18next formatter: "{{name, josa(을/를)}}". In a language other than Korean the value
 *  is left as it is, so both locales can share code paths. */
export function josaFormatter(value: unknown, lng: string | undefined, options: Record<string, unknown>): string {
  const text = String(value);
  if (!lng?.startsWith('ko')) return text;
  const particle = Object.keys(options).find((key) => particlePattern.test(key));
  return particle ? withJosa(text, particle as Particle) : text;
}
