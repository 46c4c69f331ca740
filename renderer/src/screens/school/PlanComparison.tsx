// Every payment plan side by side for the chosen program and fees. Each row's plan name is
// a button: Enter/Space chooses it, ArrowUp/Down move between rows.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, PaymentPlan, PlanComparison as Comparison } from '../../../../shared/pricing';
import { formatMoney } from '../../format';

export function PlanComparison(props: {
  comparison: Comparison[];
  plans: PaymentPlan[];
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('school');
  const { lang } = props;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const count = props.comparison.length;
    const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
    buttons.current[next]?.focus();
  }

  return (
    <table className="plan-comparison" aria-label={t('compare.title')}>
      <thead>
        <tr>
          <th scope="col">{t('compare.plan')}</th>
          <th scope="col" className="money">{t('compare.total')}</th>
          <th scope="col" className="money">{t('compare.dueNow')}</th>
          <th scope="col" className="money">{t('compare.monthly')}</th>
          <th scope="col">{t('compare.payments')}</th>
        </tr>
      </thead>
      <tbody>
        {props.comparison.map(({ planId, quote }, index) => {
          const plan = props.plans.find((p) => p.id === planId);
          const money = (minor: number) => formatMoney(minor, quote.currency, lang);
          const first = quote.schedule[0];
          const last = quote.schedule[quote.schedule.length - 1];
          const chosen = planId === props.selectedId;
          return (
            <tr key={planId} className={chosen ? 'chosen' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current[index] = el;
                  }}
                  aria-pressed={chosen}
                  onClick={() => props.onSelect(planId)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                >
                  {plan ? plan.name[lang] : planId}
                </button>
              </th>
              <td className="money">{money(quote.total)}</td>
              <td className="money">{money(quote.dueAtEnrollment)}</td>
              <td className="money">
                {!first || !last
                  ? t('compare.noMonthly')
                  : last.amount !== first.amount
                    ? t('compare.monthlyWithLast', { amount: money(first.amount), last: money(last.amount) })
                    : money(first.amount)}
              </td>
              <td>{quote.schedule.length === 0 ? t('compare.allAtOnce') : t('compare.paymentCount', { count: quote.schedule.length })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
