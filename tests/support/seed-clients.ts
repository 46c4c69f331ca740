// Many realistic clients in one transaction, for the benchmark and the query-plan test:
// Korean names (surnames weighted as in Korea, two-syllable given names), English names,
// unique mobile numbers (a few from the US), emails for some, a few archived.
import type { Database } from 'better-sqlite3';
import { clientSearchText } from '../../electron/services/clients/search-text';
import { seededRandom } from './seed-calls';

// Roughly their share of Korean surnames (김 about a fifth).
const surnames: [string, number][] = [
  ['김', 21], ['이', 15], ['박', 8], ['최', 5], ['정', 5], ['강', 2], ['조', 2], ['윤', 2], ['장', 2], ['임', 2],
  ['한', 1], ['오', 1], ['서', 1], ['신', 1], ['권', 1], ['황', 1], ['안', 1], ['송', 1], ['류', 1], ['홍', 1],
];
const givenFirst = ['민', '서', '지', '하', '도', '수', '예', '현', '유', '은', '성', '다', '준', '시', '태', '영', '주', '재', '채', '승'];
const givenSecond = ['수', '연', '훈', '은', '윤', '빈', '준', '우', '진', '지', '민', '호', '아', '원', '희', '린', '현', '혁', '경', '율'];
const firstNames = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Emily', 'Sarah', 'Daniel', 'Anna', 'Chris', 'Grace', 'Kevin'];
const lastNames = ['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Kim', 'Lee', 'Park', 'Nguyen', 'Müller', 'Taylor', 'Moore'];
const domains = ['naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'outlook.com'];
const usAreas = ['212', '415', '646', '718', '917', '213', '312'];

export type SeedClientsOptions = { now?: Date; seed?: number };

export function seedManyClients(db: Database, n: number, opts: SeedClientsOptions = {}): void {
  const rnd = seededRandom(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const totalWeight = surnames.reduce((s, [, w]) => s + w, 0);
  const surname = () => {
    let r = rnd() * totalWeight;
    for (const [name, w] of surnames) if ((r -= w) < 0) return name;
    return '김';
  };
  const now = (opts.now ?? new Date()).getTime();
  const span = 3 * 365 * 24 * 3600 * 1000;
  const insert = db.prepare(
    `INSERT INTO clients (name, phone, email, lang, created_at, updated_at, archived_at, search_text)
     VALUES (@name, @phone, @email, @lang, @at, @at, @archived, @search_text)`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const korean = rnd() < 0.8;
      const name = korean ? `${surname()}${pick(givenFirst)}${pick(givenSecond)}` : `${pick(firstNames)} ${pick(lastNames)}`;
      // unique numbers: i spread over the 8-digit space by a step coprime with it
      const local = String(10_000_000 + ((i * 7919 + 1234) % 90_000_000));
      const phone =
        rnd() < 0.95
          ? `+8210${local}`
          : `+1${pick(usAreas)}${200 + Math.floor(rnd() * 700)}${String(i % 10000).padStart(4, '0')}`;
      const email =
        rnd() < 0.4
          ? korean
            ? `user${i}@${pick(domains)}`
            : `${name.split(' ')[0]!.toLowerCase()}.${i}@${pick(domains)}`
          : '';
      const at = new Date(now - span + (span * i) / n).toISOString();
      const archived = rnd() < 0.03 ? at : null;
      const client = { name, phone, email };
      insert.run({ ...client, lang: korean ? 'ko' : 'en', at, archived, search_text: clientSearchText(client) });
    }
  }).immediate();
}
