// One service of the quote: which service, how long, for how many, with which add-ons.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lang, Service } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import { CountInput } from './CountInput';
import { MAX_PERSONS, withService, type ItemDraft } from './draft';
import { ServiceSearch, type ServiceEntry } from './ServiceSearch';

/** Memoised: the screen passes stable callbacks, so typing in one item leaves the others
 *  (and this one's search box, unless its service changed) as they were. */
export const ItemEditor = memo(function ItemEditor(props: {
  item: ItemDraft;
  number: number;
  many: boolean;
  catalog: Catalog;
  entries: () => readonly ServiceEntry[];
  lang: Lang;
  personsInvalid: boolean;
  searchRef?: (input: HTMLInputElement | null) => void;
  autoFocus: boolean;
  onChange: (item: ItemDraft) => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useTranslation('quote');
  const { item, catalog, lang } = props;
  const id = useId();
  const durationsRef = useRef<HTMLDivElement>(null);
  const [focusDuration, setFocusDuration] = useState(false);

  const service = useMemo(
    () => catalog.services.find((s) => s.id === item.serviceId) ?? null,
    [catalog, item.serviceId],
  );
  const addOns = useMemo(
    () => (service ? catalog.addOns.filter((a) => !a.services || a.services.includes(service.id)) : []),
    [catalog, service],
  );

  // After a pick, the next thing to choose is the duration: move there (arrows change it).
  useEffect(() => {
    if (!focusDuration) return;
    setFocusDuration(false);
    const group = durationsRef.current;
    (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [focusDuration]);

  const latest = useRef(item);
  latest.current = item;
  const { onChange } = props;
  const pick = useCallback(
    (picked: Service) => {
      onChange(withService(latest.current, picked, catalog));
      setFocusDuration(true);
    },
    [onChange, catalog],
  );

  function toggleAddOn(addOnId: string, on: boolean) {
    const ids = on ? [...item.addOnIds, addOnId] : item.addOnIds.filter((x) => x !== addOnId);
    // Keep the catalog's order so the breakdown reads the same every time.
    props.onChange({ ...item, addOnIds: addOns.map((a) => a.id).filter((x) => ids.includes(x)) });
  }

  return (
    <fieldset className="quote-item card">
      <legend>{props.many ? t('item.heading', { number: props.number }) : t('item.headingOne')}</legend>
      <ServiceSearch
        entries={props.entries}
        picked={service}
        lang={lang}
        label={t('item.search')}
        inputRef={props.searchRef}
        autoFocus={props.autoFocus}
        shortcut={props.number === 1 ? 'Alt+S' : undefined}
        onPick={pick}
      />
      {service && (
        <>
          <div role="radiogroup" aria-labelledby={`${id}-duration`} ref={durationsRef} className="durations">
            <span id={`${id}-duration`} className="group-label">
              {t('item.duration')}
            </span>
            {service.rates.map((rate) => (
              <label key={rate.minutes} className="choice">
                <input
                  type="radio"
                  name={`${id}-minutes`}
                  value={rate.minutes}
                  checked={item.minutes === rate.minutes}
                  onChange={() => props.onChange({ ...item, minutes: rate.minutes })}
                />
                {t('item.rate', { minutes: rate.minutes, price: formatMoney(rate.price, catalog.currency, lang) })}
              </label>
            ))}
          </div>
          <CountInput
            label={t('item.persons')}
            value={item.persons}
            max={MAX_PERSONS}
            invalid={props.personsInvalid}
            onChange={(persons) => props.onChange({ ...item, persons })}
          />
          {addOns.length > 0 && (
            <fieldset className="add-ons">
              <legend>{t('item.addOns')}</legend>
              {addOns.map((addOn) => (
                <label key={addOn.id} className="choice">
                  <input
                    type="checkbox"
                    checked={item.addOnIds.includes(addOn.id)}
                    onChange={(event) => toggleAddOn(addOn.id, event.target.checked)}
                  />
                  {t('item.addOn', { name: addOn.name[lang], price: formatMoney(addOn.price, catalog.currency, lang) })}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {props.many && (
        <button type="button" onClick={() => props.onRemove(item.key)}>
          {t('item.remove', { number: props.number })}
        </button>
      )}
    </fieldset>
  );
});
