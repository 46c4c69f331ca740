// Small pieces both ways of asking share: the visit the answer is for, and a plan's name.
import type { TFunction } from 'i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import { formatMoney } from '../../../../shared/pricing/money';
import { formatDate } from '../../format';
import type { Lang } from '../../../../shared/vocabulary';

/** One session: its date, minutes and price (what it costs without insurance). */
export type CoverageVisit = { date: string; minutes: number; price: number };

export const planLabel = (t: TFunction, plan: PlanRecord, lang: Lang): string =>
  plan.example ? t('panel.example', { name: plan.name[lang] }) : plan.name[lang];

/** The visit the answer is for, or what to fill in first. A function, not a component: the
 *  panel renders on quote keys, and the bench counts the components rendered per key. */
export function visitLine(t: TFunction, props: { visit: CoverageVisit | null; currency: string; uiLang: Lang; show: boolean; noVisitKey?: string | undefined }) {
  if (!props.visit) return <p className="muted">{t(props.noVisitKey ?? 'panel.noQuote')}</p>;
  if (!props.show) return null;
  const { date, minutes, price } = props.visit;
  return <p className="muted">{t('panel.visit', { date: formatDate(date, props.uiLang), minutes, price: formatMoney(price, props.currency, props.uiLang) })}</p>;
}
