import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CODES, findDiagnosisCode, lookUpDiagnosisCode, searchDiagnosisCodes } from '../../../shared/diagnosis';
import { normalizeDiagnosisCode } from '../../../shared/prescriptions';

const codes = DIAGNOSIS_CODES.map((e) => e.code);
const HANGUL = /[가-힣]/;

describe('the bundled list', () => {
  it('has at least 150 codes, each once, each in normal form', () => {
    expect(codes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(normalizeDiagnosisCode(code)).toBe(code);
  });

  it('has an English and a Korean description for every code', () => {
    for (const e of DIAGNOSIS_CODES) {
      expect(e.en.trim(), e.code).not.toBe('');
      expect(e.en, e.code).not.toMatch(HANGUL);
      expect(e.ko, e.code).toMatch(HANGUL);
      if (e.note) {
        expect(e.note.ko).toMatch(HANGUL);
        expect(e.note.en).not.toMatch(HANGUL);
      }
    }
  });

  it.each(['M54.2', 'M54.5', 'M54.50', 'M54.51', 'M54.59', 'M54.6', 'M54.9', 'M79.1', 'M79.7', 'M62.830', 'M25.511', 'M25.561', 'M25.571', 'M53.1', 'M75.0', 'M75.4', 'M76.6', 'M77.1', 'G44.2', 'S13.4', 'S16', 'S33.5', 'S39.0'])(
    'lists %s, which the issue names',
    (code) => {
      expect(codes).toContain(code);
    },
  );

  it('covers every family the issue names', () => {
    for (const family of ['M54', 'M79', 'M62', 'M25.5', 'M53', 'M75', 'M76', 'M77', 'G44.2', 'S13.4', 'S16', 'S33.5', 'S39.0']) {
      expect(codes.filter((c) => c.startsWith(family)).length, family).toBeGreaterThan(0);
    }
    // M25.5 by site: shoulder, elbow, wrist, hand, hip, knee, ankle.
    for (const site of ['1', '2', '3', '4', '5', '6', '7']) expect(codes).toContain(`M25.5${site}`);
  });

  it('marks M54.5 as a heading in ICD-10-CM (since FY2022) with M54.50/51/59 only there', () => {
    expect(findDiagnosisCode('M54.5')).toMatchObject({ en: 'Low back pain', systems: 'both', cmHeading: true });
    expect(findDiagnosisCode('M54.50')).toMatchObject({ en: 'Low back pain, unspecified', systems: 'cm' });
    expect(findDiagnosisCode('M54.51')).toMatchObject({ en: 'Vertebrogenic low back pain', systems: 'cm' });
    expect(findDiagnosisCode('M54.59')).toMatchObject({ en: 'Other low back pain', systems: 'cm' });
  });

  it('marks codes that exist in one system only, both ways', () => {
    expect(findDiagnosisCode('M62.6')?.systems).toBe('kcd'); // muscle strain: not in ICD-10-CM
    expect(findDiagnosisCode('M54.56')?.systems).toBe('kcd');
    expect(findDiagnosisCode('M79.10')?.systems).toBe('cm'); // ICD-10-CM FY2023
    expect(DIAGNOSIS_CODES.filter((e) => e.systems === 'kcd').length).toBeGreaterThan(0);
    expect(DIAGNOSIS_CODES.filter((e) => e.systems === 'cm').length).toBeGreaterThan(0);
  });

  it('a code whose 5th character means something else in KCD says so', () => {
    expect(findDiagnosisCode('M54.81')?.note?.en).toMatch(/KCD/);
    expect(findDiagnosisCode('M25.50')?.note?.ko).toMatch(/여러 부위/);
  });
});

describe('looking a code up', () => {
  it('finds a listed code in any accepted spelling', () => {
    expect(lookUpDiagnosisCode(' m546 ')).toMatchObject({ status: 'listed', code: 'M54.6', entry: { en: 'Pain in thoracic spine' } });
  });

  it('accepts a well-formed code that is not listed, with the closest listed heading', () => {
    expect(lookUpDiagnosisCode('m25513')).toMatchObject({ status: 'not-listed', code: 'M25.513', closest: { code: 'M25.51' } });
    expect(lookUpDiagnosisCode('Z99.9')).toEqual({ status: 'not-listed', code: 'Z99.9', closest: null });
  });

  it('refuses what is not a code', () => {
    expect(lookUpDiagnosisCode('M5')).toEqual({ status: 'invalid' });
    expect(findDiagnosisCode('back pain')).toBeNull();
  });
});

describe('search', () => {
  const first = (q: string) => searchDiagnosisCodes(q)[0]?.code;

  it.each([
    ['m545', 'M54.5'],
    ['M54.5', 'M54.5'],
    ['M5451', 'M54.51'],
    ['s134', 'S13.4'],
    ['low back', 'M54.5'],
    ['thoracic spine', 'M54.6'],
    ['cervicalgia', 'M54.2'],
    ['tension', 'G44.2'],
    ['허리', 'M54.5'],
    ['경부통', 'M54.2'],
    ['근육통', 'M79.1'],
    ['ㄱㅂㅌ', 'M54.2'],
    ['ㅇㄹㅎㄹ', 'M54.5'],
    ['left shoulder', 'M25.512'],
    ['왼쪽 어깨', 'M25.512'],
  ])('%j finds %s first', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('needs every word: "ankle left" finds only left-ankle codes', () => {
    const hits = searchDiagnosisCodes('ankle left');
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) expect(e.en.toLowerCase()).toMatch(/left/);
  });

  it('a syllable being typed still matches (요ㅌ -> 요통)', () => {
    expect(searchDiagnosisCodes('요ㅌ').map((e) => e.code)).toContain('M54.5');
  });

  it('returns nothing for an empty query or no match, and at most the limit', () => {
    expect(searchDiagnosisCodes('   ')).toEqual([]);
    expect(searchDiagnosisCodes('zzzz')).toEqual([]);
    expect(searchDiagnosisCodes('M', 5)).toHaveLength(5);
  });
});

describe('codes that mean something else in KCD', () => {
  it.each([
    ['M54.31', 'Sciatica, occipito-atlanto-axial region', '좌골신경통, 후두-환추-축추부'],
    ['M54.51', 'Low back pain, occipito-atlanto-axial region', '아래허리통증, 후두-환추-축추부'],
    ['M79.11', 'Myalgia, shoulder region', '근육통, 어깨부분'],
    ['M25.50', 'Pain in joint, multiple sites', '관절통, 여러 부위'],
  ])('%s warns that KCD reads it as "%s"', (code, en, ko) => {
    const note = findDiagnosisCode(code)?.note;
    expect(note?.en).toContain(en);
    expect(note?.ko).toContain(ko);
  });

  it('no warning where KCD has no site character (6-character codes, S codes, both-system codes)', () => {
    expect(findDiagnosisCode('M62.830')?.note).toBeUndefined();
    expect(findDiagnosisCode('S13.4XXA')?.note).toBeUndefined();
    expect(findDiagnosisCode('M54.16')?.note).toBeUndefined();
  });
});
