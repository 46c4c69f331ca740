// A service's durations, each with its price: arrows move between them. Memoised apart from
// the item, so a key in the persons field or an add-on does not build the list again.
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Service } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';

export const DurationChoices = memo(function DurationChoices(props: {
  id: string;
  service: Service;
  minutes: number | null;
  currency: string;
  lang: Lang;
  groupRef: Ref<HTMLDivElement>;
  onPick: (minutes: number) => void;
}) {
  const { t } = useTranslation('quote');
  const { id, lang } = props;
  return (
    <div role="radiogroup" aria-labelledby={`${id}-duration`} ref={props.groupRef} className="durations">
      <span id={`${id}-duration`} className="group-label">
        {t('item.duration')}
      </span>
      {props.service.rates.map((rate) => (
        <label key={rate.minutes} className="choice">
          <input
            type="radio"
            name={`${id}-minutes`}
            value={rate.minutes}
            checked={props.minutes === rate.minutes}
            onChange={() => props.onPick(rate.minutes)}
          />
          {t('item.rate', { minutes: rate.minutes, price: formatMoney(rate.price, props.currency, lang) })}
        </label>
      ))}
    </div>
  );
});
