// The discounts the receptionist may choose, and those that apply by themselves (from a
// number of sessions). Memoised apart from the visit options, so a key in the sessions or
// promo field does not build the list again.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Discount, Lang } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import type { QuoteDraft } from './draft';

export const DiscountChoices = memo(function DiscountChoices(props: {
  discountIds: readonly string[];
  catalog: Catalog;
  lang: Lang;
  onChange: (patch: Partial<QuoteDraft>) => void;
}) {
  const { t } = useTranslation('quote');
  const { catalog, lang, discountIds } = props;
  const discountValue = (d: Discount) =>
    d.percent !== undefined
      ? t('discounts.percent', { percent: d.percent })
      : t('discounts.amount', { amount: formatMoney(d.amount ?? 0, catalog.currency, lang) });
  const choosable = catalog.discounts.filter((d) => !d.code && d.minSessions === undefined);
  const automatic = catalog.discounts.filter((d) => d.minSessions !== undefined);
  if (choosable.length === 0 && automatic.length === 0) return null;
  return (
    <fieldset className="discounts">
      <legend>{t('discounts.legend')}</legend>
      {choosable.map((discount) => (
        <label key={discount.id} className="choice">
          <input
            type="checkbox"
            checked={discountIds.includes(discount.id)}
            onChange={(event) =>
              props.onChange({
                discountIds: event.target.checked ? [...discountIds, discount.id] : discountIds.filter((x) => x !== discount.id),
              })
            }
          />
          {t('discounts.option', { name: discount.name[lang], value: discountValue(discount) })}
        </label>
      ))}
      {automatic.map((discount) => (
        <p key={discount.id} className="muted">
          {t('discounts.automatic', {
            name: discount.name[lang],
            value: discountValue(discount),
            count: discount.minSessions ?? 1,
          })}
        </p>
      ))}
      <p className="muted">{t('discounts.onlyOne')}</p>
    </fieldset>
  );
});
