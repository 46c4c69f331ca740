// The therapist's view (a paired tablet): page steps for end-to-end tests. Labels come from
// the locale files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import koTherapist from '../../../renderer/locales/ko/therapist.json';
import enTherapist from '../../../renderer/locales/en/therapist.json';
import koCoverage from '../../../renderer/locales/ko/coverage.json';
import enCoverage from '../../../renderer/locales/en/coverage.json';
import koIntake from '../../../renderer/locales/ko/intake.json';
import enIntake from '../../../renderer/locales/en/intake.json';
import type { Lang } from '../../../shared/pricing/types';

const texts = { ko: { t: koTherapist, c: koCoverage, i: koIntake }, en: { t: enTherapist, c: enCoverage, i: enIntake } };

export function therapistPage(page: Page, lang: Lang) {
  const { t, c, i } = texts[lang];
  const visitForm = () => page.getByRole('form', { name: c.rx.record });
  return {
    heading: () => page.getByRole('heading', { level: 1, name: t.title, exact: true }),
    /** This tablet's own screen language. */
    language: () => page.getByRole('combobox', { name: t.language, exact: true }),
    todaysList: () => page.getByRole('list', { name: t.clients.heading, exact: true }),
    search: () => page.getByRole('searchbox', { name: t.clients.search, exact: true }),
    client: (name: string) => page.getByRole('button', { name: new RegExp(name) }).first(),
    clientHeading: (name: string) => page.getByRole('heading', { level: 2, name, exact: true }),
    flags: () => page.getByRole('region', { name: i.flags.title, exact: true }),
    prescription: () => page.getByRole('region', { name: t.prescription, exact: true }),
    intake: () => page.getByRole('region', { name: t.intake, exact: true }),
    visitForm,
    /** Adds an area to "areas treated" by keyboard-usable controls: region, then Add. */
    async addArea(regionId: string) {
      const label = c.rx.treated;
      await visitForm().getByRole('combobox', { name: i.areaPicker.regionFor.replace('{{list}}', label), exact: true }).selectOption(regionId);
      await visitForm().getByRole('button', { name: i.areaPicker.addTo.replace('{{list}}', label), exact: true }).click();
    },
    findings: () => visitForm().getByRole('alert'),
    confirmOutside: () => visitForm().getByRole('checkbox', { name: c.rx.confirmOutside, exact: true }),
    save: () => visitForm().getByRole('button', { name: c.rx.save, exact: true }),
    savedOutside: () => visitForm().getByText(c.rx.savedOutside, { exact: true }),
    todaysVisits: () => page.getByRole('list', { name: t.todaysVisits, exact: true }),
    back: () => page.getByRole('button', { name: t.back, exact: true }),
  };
}
