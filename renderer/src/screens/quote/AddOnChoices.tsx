// The add-ons a service may have, each with its price. Memoised apart from the item, so a
// key in the persons field or a new duration does not build the list again.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddOn, Lang } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';

export const AddOnChoices = memo(function AddOnChoices(props: {
  addOns: readonly AddOn[];
  chosen: readonly string[];
  currency: string;
  lang: Lang;
  onToggle: (addOnId: string, on: boolean) => void;
}) {
  const { t } = useTranslation('quote');
  const { lang } = props;
  return (
    <fieldset className="add-ons">
      <legend>{t('item.addOns')}</legend>
      {props.addOns.map((addOn) => (
        <label key={addOn.id} className="choice">
          <input
            type="checkbox"
            checked={props.chosen.includes(addOn.id)}
            onChange={(event) => props.onToggle(addOn.id, event.target.checked)}
          />
          {t('item.addOn', { name: addOn.name[lang], price: formatMoney(addOn.price, props.currency, lang) })}
        </label>
      ))}
    </fieldset>
  );
});
