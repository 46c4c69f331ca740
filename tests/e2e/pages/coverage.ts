// The "Will my plan cover it?" panel (phone-quote screen and client page), a client's
// policies and the visit form: page steps for end-to-end tests. Labels come from the locale
// files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import ko from '../../../renderer/locales/ko/coverage.json';
import en from '../../../renderer/locales/en/coverage.json';
import koIntake from '../../../renderer/locales/ko/intake.json';
import enIntake from '../../../renderer/locales/en/intake.json';
import type { Lang } from '../../../shared/vocabulary';

export function coveragePanel(page: Page, lang: Lang = 'ko') {
  const t = lang === 'ko' ? ko : en;
  const panel = () => page.getByRole('region', { name: t.panel.heading, exact: true });
  return {
    panel,
    plan: () => panel().getByRole('combobox', { name: t.panel.plan, exact: true }),
    noPrescription: () => panel().getByRole('radio', { name: t.panel.prescriptionNone, exact: true }),
    wordsOnly: () => panel().getByRole('radio', { name: t.panel.prescriptionWords, exact: true }),
    withCode: () => panel().getByRole('radio', { name: t.panel.prescriptionCode, exact: true }),
    code: () => panel().getByRole('combobox', { name: t.panel.code, exact: true }),
    answer: () => panel().getByRole('status', { name: t.panel.answerHeading, exact: true }),
    copy: () => panel().getByRole('button', { name: t.panel.copy, exact: true }),
  };
}

/** The client page's coverage pieces: the panel in client mode, policies, and the visit form
 *  of "Prescriptions and visits". */
export function clientCoverage(page: Page, lang: Lang = 'ko') {
  const t = lang === 'ko' ? ko : en;
  const i = lang === 'ko' ? koIntake : enIntake;
  const panel = coveragePanel(page, lang);
  const visitForm = () => page.getByRole('form', { name: t.rx.record, exact: true });
  const policyForm = () => page.getByRole('form', { name: t.policies.new, exact: true });
  const treated = t.rx.treated;
  return {
    ...panel,
    policy: () => panel.panel().getByRole('combobox', { name: t.client.policy, exact: true }),
    prescription: () => panel.panel().getByRole('combobox', { name: t.client.prescription, exact: true }),
    notice: () => panel.panel().getByRole('note'),
    policyForm,
    policyPlan: () => policyForm().getByRole('combobox', { name: t.policies.plan, exact: true }),
    policyMember: () => policyForm().getByRole('textbox', { name: t.policies.memberId, exact: true }),
    addPolicy: () => policyForm().getByRole('button', { name: t.policies.add, exact: true }),
    policies: () => page.getByRole('list', { name: t.policies.list, exact: true }),
    visitForm,
    /** Adds an area treated: region id (and side) in the visit form's list picker. */
    async addTreated(region: string, side?: 'left' | 'right' | 'both') {
      await visitForm().getByRole('combobox', { name: i.areaPicker.regionFor.replace('{{list}}', treated), exact: true }).selectOption(region);
      if (side) await visitForm().getByRole('combobox', { name: i.areaPicker.sideFor.replace('{{list}}', treated), exact: true }).selectOption(side);
      await visitForm().getByRole('button', { name: i.areaPicker.addTo.replace('{{list}}', treated), exact: true }).click();
    },
    findings: () => visitForm().getByRole('alert'),
    confirmOutside: () => visitForm().getByRole('checkbox', { name: t.rx.confirmOutside, exact: true }),
    saveVisit: () => visitForm().getByRole('button', { name: t.rx.save, exact: true }),
    savedOutside: () => visitForm().getByText(t.rx.savedOutside, { exact: true }),
    visits: () => page.getByRole('list', { name: t.rx.visits, exact: true }),
  };
}
