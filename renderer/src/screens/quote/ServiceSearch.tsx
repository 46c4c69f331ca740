// The service picker: a combobox with a listbox (ARIA 1.2 pattern). Typing filters by Korean
// or English name, fuzzy, or Korean initial consonants; arrows move; Enter picks; Escape
// closes and restores the picked name. The index is built by the screen once per catalog.
import { memo, useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Service } from '../../../../shared/pricing/types';
import { useComboboxKeys } from '../../components/combobox/useComboboxKeys';
import { searchByName, type NameIndex } from '../../search/names';
import { ServiceOption } from './ServiceOption';

export type ServiceEntry = { entry: Service; index: NameIndex };

/** Enough to see the likely ones; typing narrows further. Keeps every keystroke cheap. */
const MAX_SHOWN = 30;

/** Memoised: a keystroke elsewhere in its item (persons, add-ons) does not render it. */
export const ServiceSearch = memo(function ServiceSearch(props: {
  /** The search index, built on first use (see QuoteScreen). */
  entries: () => readonly ServiceEntry[];
  picked: Service | null;
  lang: Lang;
  label: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  shortcut?: string;
  onPick: (service: Service) => void;
}) {
  const { t } = useTranslation('quote');
  const id = useId();
  const listId = `${id}-list`;
  const pickedName = props.picked?.name[props.lang] ?? '';
  const [query, setQuery] = useState(pickedName);
  const [open, setOpen] = useState(false);

  const allHits = useMemo(() => (open ? searchByName(query, props.entries()) : []), [open, query, props.entries]);
  const hits = allHits.slice(0, MAX_SHOWN);

  function pick(service: Service) {
    setQuery(service.name[props.lang]);
    setOpen(false);
    props.onPick(service);
  }

  const combobox = useComboboxKeys({
    open,
    setOpen,
    items: hits,
    listId,
    optionId: (service) => `${id}-opt-${service.id}`,
    onPick: pick,
    onDismiss: () => setQuery(pickedName),
  });

  return (
    <div className="service-search">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={props.inputRef}
        type="text"
        {...combobox.inputProps}
        autoComplete="off"
        spellCheck={false}
        autoFocus={props.autoFocus}
        aria-keyshortcuts={props.shortcut}
        placeholder={t('item.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          combobox.showFromTop();
        }}
        // Coming back to a picked service: typing replaces its name instead of appending.
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => {
          setOpen(false);
          setQuery(pickedName);
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="service-options" hidden={!open}>
        {hits.map((service, index) => (
          <ServiceOption key={service.id} service={service} lang={props.lang} {...combobox.optionProps(service, index)} />
        ))}
      </ul>
      {open && hits.length === 0 && (
        <p className="muted" role="status">
          {t('item.noMatch', { query })}
        </p>
      )}
      {open && allHits.length > hits.length && (
        <p className="muted">{t('item.moreMatches', { count: allHits.length - hits.length })}</p>
      )}
    </div>
  );
});
