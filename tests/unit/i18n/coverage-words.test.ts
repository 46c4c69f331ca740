// The coverage answer read to the caller, in both languages, from real locale files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCoverage, type InsurancePlan } from '../../../shared/coverage';
import type { Prescription } from '../../../shared/prescriptions';
import { coverageText, coverageWords } from '../../../renderer/src/components/coverage/answer';
import { josaFormatter } from '../../../renderer/src/i18n/josa';

const locales = join(import.meta.dirname, '../../../renderer/locales');
const load = (lang: string) => JSON.parse(readFileSync(join(locales, lang, 'coverage.json'), 'utf8'));
const ts: Record<'ko' | 'en', TFunction> = {} as never;
beforeAll(async () => {
  for (const lang of ['ko', 'en'] as const) {
    const i = i18next.createInstance();
    await i.init({ lng: lang, resources: { [lang]: { coverage: load(lang) } }, interpolation: { escapeValue: false } });
    i.services.formatter?.add('josa', josaFormatter); // as the app does (i18n/index.ts)
    ts[lang] = i.getFixedT(lang);
  }
});

const plan: InsurancePlan = { requiresPrescription: true, requiresDiagnosisCode: true, coveragePercent: 70, minClientShare: 30000, visitsPerYear: 50 };
const rx = (diagnoses: Prescription['diagnoses']): Prescription => ({
  issuedOn: '2026-11-10',
  prescriber: { name: 'Dr. Lee' },
  diagnoses,
  areas: [{ region: 'upper-back' }],
});
const visit = { date: '2026-11-20', minutes: 60, price: 80000 };
const words = (lang: 'ko' | 'en', p: Prescription | null, name = { ko: '하늘생명 기본형', en: 'Hanul Life Basic' }, planIn = plan, currency = 'KRW', usage = { visits: 0, insurerPaid: 0, deductibleApplied: 0 }) =>
  coverageWords(
    { t: ts[lang], lang, planName: name, currency, prescription: p, prescriptionValidMonths: null, visitsPerYear: planIn.visitsPerYear ?? null, annualMax: planIn.annualMax ?? null, maxMinutes: planIn.maxMinutes ?? null },
    checkCoverage(planIn, p, visit, usage),
  );

describe('the first conversation, in words', () => {
  it('English: "back pain" is not enough, with what to do; with M54.6, what the plan pays', () => {
    const no = words('en', rx([{ text: 'back pain' }]));
    expect(no.headline).toBe('Hanul Life Basic does not cover this visit.');
    expect(no.reasons).toEqual([
      'Your prescription has no diagnosis code: ask your physician to add one, for example M54.6 for pain in thoracic spine.',
    ]);
    expect(no.money).toEqual([]);
    const yes = words('en', rx([{ code: 'M54.6' }]), undefined, plan, 'KRW');
    expect(yes.headline).toBe('Hanul Life Basic covers this visit.');
    expect(yes.money[0]).toBe('The plan pays ₩50,000 and you pay ₩30,000.');
    expect(yes.money[1]).toBe('After this visit 49 covered visits are left this plan year (January 1, 2026 to December 31, 2026).');
  });

  it('Korean, with particles chosen by the name\'s last sound', () => {
    const no = words('ko', rx([{ text: '요통' }]));
    expect(no.headline).toBe('하늘생명 기본형은 이 방문을 보장하지 않습니다.');
    expect(no.reasons[0]).toBe('처방전에 진단 코드가 없습니다. 의사에게 진단 코드를 적어 달라고 하세요(예: M54.6 흉추의 통증).');
    const yes = words('ko', rx([{ code: 'M54.6' }]), { ko: '바다보험', en: 'Bada' });
    expect(yes.headline).toBe('바다보험은 이 방문을 보장합니다.');
    expect(yes.money[0]).toBe('보험 부담 50,000원, 고객님 부담 30,000원입니다.');
    // Dates as they are read aloud, not ISO.
    expect(yes.money[1]).toBe('이번 방문 뒤 이번 보험 연도(2026년 1월 1일~2026년 12월 31일)에 보장 횟수가 49회 남습니다.');
    const vowel = words('ko', null, { ko: '하나케어', en: 'Hana Care' });
    expect(vowel.headline).toBe('하나케어는 이 방문을 보장하지 않습니다.');
    expect(vowel.reasons[0]).toBe('하나케어는 의사의 처방전이 있어야 마사지를 보장합니다. 의사에게 처방전을 받아 오세요.');
    expect(coverageText(vowel).split('\n')).toHaveLength(3);
    for (const line of [...no.reasons, ...yes.money, ...vowel.reasons]) expect(line).not.toMatch(/\(은\)|\(는\)|을\(를\)|이\(가\)/);
  });

  it('Korean, after a name ending in a digit: the particle follows how the digit is read', () => {
    // 3 삼 -> 은/이, 2 이 -> 는/가, 6 육 (2026) -> 은/이.
    const three = words('ko', null, { ko: '실손 플랜 3', en: 'Plan 3' });
    expect(three.headline).toBe('실손 플랜 3은 이 방문을 보장하지 않습니다.');
    expect(three.reasons[0]).toBe('실손 플랜 3은 의사의 처방전이 있어야 마사지를 보장합니다. 의사에게 처방전을 받아 오세요.');
    expect(words('ko', null, { ko: '실손 2', en: '2' }).headline).toBe('실손 2는 이 방문을 보장하지 않습니다.');
    expect(words('ko', rx([{ code: 'M54.6' }]), { ko: 'KB 실손 2026', en: 'KB 2026' }).headline).toBe('KB 실손 2026은 이 방문을 보장합니다.');
    const narrow: InsurancePlan = { ...plan, coveredCodes: ['M79'] };
    const subject = words('ko', rx([{ code: 'M54.6' }]), { ko: '실손 2', en: '2' }, narrow);
    expect(subject.reasons[0]).toBe('처방전의 진단 코드(M54.6)는 실손 2가 보장하는 진단이 아닙니다. 어떤 진단이 보장되는지 보험사에 확인해 주세요.');
    const en = words('en', null, { ko: '실손 플랜 3', en: 'Plan 3' });
    expect(en.headline).toBe('Plan 3 does not cover this visit.');
  });

  it('every reason has a sentence in both languages, with the numbers filled in', () => {
    const strict: InsurancePlan = { ...plan, coveredCodes: ['M79'], prescriptionValidMonths: 1, visitsPerYear: 5, annualMax: 100000, maxMinutes: 30 };
    const old: Prescription = { ...rx([{ code: 'M54.6' }]), issuedOn: '2026-01-05', expiresOn: '2026-06-30' };
    for (const lang of ['ko', 'en'] as const) {
      const w = coverageWords(
        { t: ts[lang], lang, planName: { ko: '가', en: 'A' }, currency: 'KRW', prescription: old, prescriptionValidMonths: 1, visitsPerYear: 5, annualMax: 100000, maxMinutes: 30 },
        checkCoverage(strict, old, { ...visit, minutes: 60 }, { visits: 5, insurerPaid: 100000, deductibleApplied: 0 }),
      );
      expect(w.reasons).toHaveLength(6);
      for (const s of w.reasons) expect(s).not.toMatch(/\{\{|undefined|coverage:/);
      expect(w.reasons.join(' ')).toContain(lang === 'ko' ? '처방전이 2026년 6월 30일에 만료되었습니다.' : 'Your prescription expired on June 30, 2026:');
      expect(w.reasons.join(' ')).toContain(lang === 'ko' ? '고객님 처방전은 2026년 1월 5일 발행입니다.' : 'yours is from January 5, 2026:');
      expect(w.reasons.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(w.reasons.join(' ')).toMatch(/M54\.6/);
      expect(w.reasons.join(' ')).toMatch(lang === 'ko' ? /100,000원/ : /₩100,000/);
      // The limits reached say what the caller can do: wait for the next plan year, or pay.
      const next = lang === 'ko' ? '2026년 12월 31일 이후 방문부터 다시 보장되며, 그 전에는 본인 부담입니다.' : 'visits after December 31, 2026 are covered again; until then a visit is at your own cost.';
      expect(w.reasons.filter((r) => r.endsWith(next))).toHaveLength(2);
    }
  });

  it('a US plan in dollars: deductible and copay said in the caller\'s language', () => {
    const ppo: InsurancePlan = { deductible: 50000, copay: 2500, coveragePercent: 80 };
    const w = coverageWords(
      { t: ts.en, lang: 'en', planName: { ko: 'PPO', en: 'PPO' }, currency: 'USD', prescription: null, prescriptionValidMonths: null, visitsPerYear: null, annualMax: null, maxMinutes: null },
      checkCoverage(ppo, null, { ...visit, price: 12000 }, { visits: 0, insurerPaid: 0, deductibleApplied: 45000 }),
    );
    expect(w.money).toEqual(['The plan pays $36.00 and you pay $84.00.', '$50.00 of the price goes to your deductible.', 'You pay a copay of $25.00.']);
  });
});
