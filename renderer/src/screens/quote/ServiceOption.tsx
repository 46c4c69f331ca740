// One service in the search's list: its name and its durations. Memoised: a keystroke that
// keeps a service in the list (most do, as the query narrows) does not render it again.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Service } from '../../../../shared/pricing/types';
import type { OptionProps } from '../../components/combobox/useComboboxKeys';

export const ServiceOption = memo(function ServiceOption({ service, lang, ...option }: { service: Service; lang: Lang } & OptionProps) {
  const { t } = useTranslation('quote');
  return (
    <li {...option}>
      <span>{service.name[lang]}</span>{' '}
      <span className="muted">{t('item.rates', { minutes: service.rates.map((rate) => rate.minutes).join('/') })}</span>
    </li>
  );
});
