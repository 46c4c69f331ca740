// Part: the prescription and coverage rules and the diagnosis search, in this Node process.
// The inputs are varied (seeded) so the timing is not of one cached path.
import { REGIONS, SIDES, type Area } from '../shared/body/areas';
import { checkCoverage, type InsurancePlan } from '../shared/coverage';
import { searchDiagnosisCodes } from '../shared/diagnosis';
import { checkVisit, type Prescription } from '../shared/prescriptions';
import { pickFrom, random, timeOnce } from './stats';
import { row, type Section } from './table';

export type RulesOptions = { calls: number };

const pad = (n: number) => String(n).padStart(2, '0');

function inputs(rnd: () => number, n: number) {
  const date = () => `2026-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
  const area = (): Area => {
    const region = pickFrom(rnd, REGIONS);
    return region.sided ? { region: region.id, side: pickFrom(rnd, SIDES) } : { region: region.id };
  };
  const list = <T>(max: number, make: () => T) => Array.from({ length: 1 + Math.floor(rnd() * max) }, make);
  const codes = ['M54.6', 'M54.50', 'M79.18', 'S13.4XXA', 'M25.571', 'G44.209', 'M62.830'];
  const plans: InsurancePlan[] = [
    { coveragePercent: 70, minClientShare: 30000, requiresPrescription: true, prescriptionValidMonths: 12 },
    { requiresDiagnosisCode: true, deductible: 50000, copay: 2500, coveragePercent: 80, visitsPerYear: 30 },
    { coveredCodes: ['M54', 'M79.1', 'M62', 'S13.4'], excludedCodes: ['M54.1'], perVisitMax: 80000, annualMax: 500000, yearStart: '07-01' },
  ];
  return Array.from({ length: n }, () => {
    const issuedOn = `2026-0${1 + Math.floor(rnd() * 6)}-15`;
    const prescription: Prescription = {
      issuedOn,
      expiresOn: '2026-12-31',
      prescriber: { name: 'Dr. Kim' },
      diagnoses: list(3, () => (rnd() < 0.8 ? { code: pickFrom(rnd, codes) } : { text: 'back pain' })),
      areas: list(4, area),
      sessions: 10,
      perWeek: 2,
      maxMinutes: 60,
    };
    return {
      prescription,
      visit: { date: date(), minutes: pickFrom(rnd, [30, 60, 90]), areas: list(3, area) },
      counted: list(20, date),
      plan: pickFrom(rnd, plans),
      price: 40000 + Math.floor(rnd() * 20) * 5000,
      usage: { visits: Math.floor(rnd() * 30), insurerPaid: Math.floor(rnd() * 600000), deductibleApplied: Math.floor(rnd() * 60000) },
    };
  });
}

export function benchRules(opts: RulesOptions = { calls: 20_000 }): Section {
  const cases = inputs(random(11), 2_000);
  const queries = ['m', 'm5', 'm54', 'm54.', 'm54.6', 'low', 'low back', 'ㅇ', 'ㅇㄹ', 'ㅇㄹㅎㄹ', '허', '허리', '어깨 왼쪽', 'ankle'];
  let sink = 0;
  for (let i = 0; i < 5_000; i++) {
    const c = cases[i % cases.length]!;
    sink += checkVisit(c.prescription, c.visit, c.counted).findings.length;
    sink += checkCoverage(c.plan, c.prescription, { date: c.visit.date, minutes: c.visit.minutes, price: c.price }, c.usage).clientPays;
  }
  const visitMs: number[] = [];
  const coverageMs: number[] = [];
  const baselineMs: number[] = [];
  let covered = 0;
  for (let i = 0; i < opts.calls; i++) {
    const c = cases[i % cases.length]!;
    const visit = { date: c.visit.date, minutes: c.visit.minutes, price: c.price };
    visitMs.push(timeOnce(() => (sink += checkVisit(c.prescription, c.visit, c.counted).findings.length)));
    coverageMs.push(timeOnce(() => (covered += checkCoverage(c.plan, c.prescription, visit, c.usage).covered ? 1 : 0)));
    baselineMs.push(timeOnce(() => (sink += checkCoverage({}, null, visit, c.usage).clientPays)));
  }
  const searchMs: number[] = [];
  for (let round = 0; round < Math.max(5, opts.calls / 1000); round++) {
    for (const q of queries) searchMs.push(timeOnce(() => (sink += searchDiagnosisCodes(q).length)));
  }
  if (sink === 0) throw new Error('nothing computed');
  return {
    title: 'prescriptions and coverage rules',
    rows: [
      row('checkVisit, per call', visitMs, { stat: 'p95', max: 1 }),
      row('checkCoverage, per call', coverageMs, { stat: 'p95', max: 1 }),
      row('checkCoverage, empty plan, no prescription (baseline)', baselineMs),
      row('diagnosis search, per keystroke', searchMs, { stat: 'p95', max: 4 }),
    ],
    notes: [
      `${cases.length} distinct cases cycled: 1-3 diagnoses, 1-4 prescribed and 1-3 treated areas, up to 20 counted visits, ` +
        `three example plans; ${Math.round((100 * covered) / opts.calls)}% covered. Search over the bundled list, ${queries.length} queries as typed.`,
    ],
  };
}
