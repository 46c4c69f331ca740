// English plurals in sentences with a number the data decides: "1 session a week", not
// "1 sessions"; a last payment after one monthly payment, not "1 times". From the real locales.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEnrollmentQuote, parseCatalog } from '../../../shared/pricing';
import type { Prescription } from '../../../shared/prescriptions';
import { findingSentence } from '../../../renderer/src/components/prescriptions/findings';
import { josaFormatter } from '../../../renderer/src/i18n/josa';
import { callerScript } from '../../../renderer/src/parts/enrollment/breakdown';
import seedFile from '../../../resources/seed-catalog.json';

const locales = join(import.meta.dirname, '../../../renderer/locales');
const ts: Record<'ko' | 'en', TFunction> = {} as never;
const school: Record<'ko' | 'en', TFunction> = {} as never;
beforeAll(async () => {
  for (const lang of ['ko', 'en'] as const) {
    const load = (ns: string) => JSON.parse(readFileSync(join(locales, lang, `${ns}.json`), 'utf8'));
    const i = i18next.createInstance();
    await i.init({ lng: lang, resources: { [lang]: { coverage: load('coverage'), school: load('school') } }, interpolation: { escapeValue: false } });
    i.services.formatter?.add('josa', josaFormatter);
    ts[lang] = i.getFixedT(lang);
    school[lang] = i.getFixedT(lang, 'school');
  }
});

const rx = (perWeek: number, sessions: number): Prescription => ({
  issuedOn: '2026-11-02',
  prescriber: { name: 'Dr Park' },
  diagnoses: [{ code: 'M54.6' }],
  areas: [{ region: 'upper-back' }],
  perWeek,
  sessions,
});

describe('visit findings with a count', () => {
  it('English: one session a week / one session prescribed, in the singular', () => {
    const say = (code: 'weekly-limit' | 'sessions-used-up', p: Prescription) => findingSentence(ts.en, 'en', { code }, p);
    expect(say('weekly-limit', rx(1, 8))).toBe('The prescription allows 1 session a week, and this week has it already.');
    expect(say('weekly-limit', rx(2, 8))).toBe('The prescription allows 2 sessions a week, and this week has them already.');
    expect(say('sessions-used-up', rx(1, 1))).toBe('The 1 prescribed session is used.');
    expect(say('sessions-used-up', rx(1, 8))).toBe('All 8 prescribed sessions are used.');
    expect(findingSentence(ts.ko, 'ko', { code: 'weekly-limit' }, rx(1, 8))).toBe('처방전은 주 1회까지인데 이번 주에 이미 다 했습니다.');
  });
});

describe('the enrollment script with a different last payment', () => {
  // The sample's 3-payment plan cut to 2: one rounded monthly payment, then the rest.
  const seed = parseCatalog(seedFile);
  const catalog = { ...seed, school: { ...seed.school!, paymentPlans: seed.school!.paymentPlans.map((p) => (p.id === 'monthly-3' ? { ...p, installments: 2 } : p)) } };
  const quote = computeEnrollmentQuote(catalog, { programId: 'swedish-aroma', paymentPlanId: 'monthly-3', startDate: '2027-03-02' });
  const view = {
    program: catalog.school.programs.find((p) => p.id === 'swedish-aroma')!,
    plan: catalog.school.paymentPlans.find((p) => p.id === 'monthly-3')!,
    fees: catalog.school.fees,
    quote,
    startDate: '2027-03-02',
  };

  it('English: one payment before the last is said once, not "1 times"', () => {
    expect(quote.schedule).toHaveLength(2);
    expect(quote.schedule[1]!.amount).not.toBe(quote.schedule[0]!.amount);
    const script = callerScript(school.en, 'en', view);
    expect(script).toMatch(/After that, you pay ₩[\d,]+ once, and ₩[\d,]+ the month after\./);
    expect(script).not.toMatch(/\b1 times\b/);
  });
});

describe("a program's details", () => {
  it('English: a one-month program is "1 month"', () => {
    expect(school.en('program.details', { hours: 40, count: 1, tuition: '$900.00' })).toBe('40 hours · 1 month · tuition $900.00');
    expect(school.en('program.details', { hours: 600, count: 12, tuition: '$9,000.00' })).toBe('600 hours · 12 months · tuition $9,000.00');
    expect(school.ko('program.details', { hours: 40, count: 1, tuition: '90만 원' })).toBe('40시간 · 1개월 · 수강료 90만 원');
  });
});
