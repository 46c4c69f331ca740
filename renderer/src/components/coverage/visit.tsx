// Small pieces both ways of asking share: the visit the answer is for, and a plan's name.
import type { TFunction } from 'i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import { formatMoney } from '../../../../shared/pricing/money';
import { formatDate } from '../../format';
import type { Lang } from '../../../../shared/vocabulary';

/** One session: its date, minutes and price (what it costs without insurance). */
export type CoverageVisit = { date: string; minutes: number; price: number };

/** A plan's name, marked "(예시)" / "(example)" when it is an example whose name does not
 *  already say so (the seeded ones start with "(예시)"; a renamed one may not). */
export function planLabel(t: TFunction, plan: PlanRecord, lang: Lang): string {
  const name = plan.name[lang];
  const word = t('coverage:plans.exampleBadge').toLocaleLowerCase(lang);
  return plan.example && !name.toLocaleLowerCase(lang).includes(word) ? t('coverage:panel.example', { name }) : name;
}

/** The visit the answer is for, or what to fill in first. A function, not a component: the
 *  panel renders on quote keys, and the bench counts the components rendered per key. */
export function visitLine(t: TFunction, props: { visit: CoverageVisit | null; currency: string; uiLang: Lang; show: boolean; noVisitKey?: string | undefined }) {
  if (!props.visit) return <p className="muted">{t(props.noVisitKey ?? 'panel.noQuote')}</p>;
  if (!props.show) return null;
  const { date, minutes, price } = props.visit;
  return <p className="muted">{t('panel.visit', { date: formatDate(date, props.uiLang), minutes, price: formatMoney(price, props.currency, props.uiLang) })}</p>;
}
