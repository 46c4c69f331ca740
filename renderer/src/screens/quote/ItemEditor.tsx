// One service of the quote: which service, how long, for how many, with which add-ons.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lang, Service } from '../../../../shared/pricing/types';
import { AddOnChoices } from './AddOnChoices';
import { CountInput } from './CountInput';
import { DurationChoices } from './DurationChoices';
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

  // Stable, from the latest item: the lists below are memoised.
  const pickMinutes = useCallback((minutes: number) => onChange({ ...latest.current, minutes }), [onChange]);
  const toggleAddOn = useCallback(
    (addOnId: string, on: boolean) => {
      const current = latest.current;
      const ids = on ? [...current.addOnIds, addOnId] : current.addOnIds.filter((x) => x !== addOnId);
      // Keep the catalog's order so the breakdown reads the same every time.
      onChange({ ...current, addOnIds: addOns.map((a) => a.id).filter((x) => ids.includes(x)) });
    },
    [onChange, addOns],
  );

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
          <DurationChoices
            id={id}
            service={service}
            minutes={item.minutes}
            currency={catalog.currency}
            lang={lang}
            groupRef={durationsRef}
            onPick={pickMinutes}
          />
          <CountInput
            label={t('item.persons')}
            value={item.persons}
            max={MAX_PERSONS}
            invalid={props.personsInvalid}
            onChange={(persons) => props.onChange({ ...item, persons })}
          />
          {addOns.length > 0 && (
            <AddOnChoices addOns={addOns} chosen={item.addOnIds} currency={catalog.currency} lang={lang} onToggle={toggleAddOn} />
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
