// The travel zone: one option per zone of the catalog, with its fee. Memoised apart from the
// visit options, so a key in the sessions or promo field does not build the list again.
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lang } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import type { QuoteDraft } from './draft';

export const TravelZoneSelect = memo(function TravelZoneSelect(props: {
  id: string;
  value: string;
  catalog: Catalog;
  lang: Lang;
  selectRef: Ref<HTMLSelectElement>;
  onChange: (patch: Partial<QuoteDraft>) => void;
}) {
  const { t } = useTranslation('quote');
  const { catalog, lang } = props;
  return (
    <div>
      <label htmlFor={props.id}>{t('travel.label')}</label>
      <select
        id={props.id}
        ref={props.selectRef}
        aria-keyshortcuts="Alt+Z"
        value={props.value}
        onChange={(event) => props.onChange({ travelZoneId: event.target.value })}
      >
        <option value="">{t('travel.none')}</option>
        {catalog.travelZones.map((zone) => (
          <option key={zone.id} value={zone.id}>
            {t('travel.zone', { name: zone.name[lang], fee: formatMoney(zone.fee, catalog.currency, lang) })}
          </option>
        ))}
      </select>
    </div>
  );
});
