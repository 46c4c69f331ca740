// The program search: a combobox (type Korean, English or initial consonants) with a
// listbox of matches. ArrowUp/Down open the list (on the chosen program) and move, Enter
// picks, Escape closes and restores the name. Focus alone does not open the list: on the
// screen's first open it would cover the payment plans.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Program } from '../../../../shared/pricing/types';
import { useComboboxKeys } from '../../components/combobox/useComboboxKeys';
import { formatMoney } from '../../format';
import { indexName, searchByName } from '../../search/names';

export function ProgramPicker(props: {
  programs: Program[];
  currency: string;
  lang: Lang;
  selectedId: string | null;
  onSelect: (program: Program) => void;
}) {
  const { t } = useTranslation('school');
  const { programs, lang, selectedId } = props;
  const selected = programs.find((p) => p.id === selectedId) ?? null;
  const [query, setQuery] = useState(selected ? selected.name[lang] : '');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();

  const indexed = useMemo(() => programs.map((entry) => ({ entry, index: indexName(entry.name) })), [programs]);
  // Showing the chosen name is not a search: the whole list opens again.
  const searching = selected === null || query !== selected.name[lang];
  const matches = useMemo(() => (searching ? searchByName(query, indexed) : programs), [searching, query, indexed, programs]);

  function pick(program: Program) {
    props.onSelect(program);
    setQuery(program.name[lang]);
    setOpen(false);
  }

  const combobox = useComboboxKeys({
    open,
    setOpen,
    items: matches,
    listId,
    optionId: (program) => `${listId}-${program.id}`,
    onPick: pick,
    onDismiss: () => setQuery(selected ? selected.name[lang] : ''),
    openAt: () => (selected && !searching ? matches.indexOf(selected) : 0),
  });

  const noMatch = open && matches.length === 0;

  return (
    <div className="program-picker">
      <label htmlFor={`${listId}-input`}>{t('program.label')}</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="text"
        {...combobox.inputProps}
        autoComplete="off"
        autoFocus
        aria-describedby={hintId}
        placeholder={t('program.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          combobox.showFromTop();
        }}
        // Leaving the field shows the program the quote uses again, not a half-typed search.
        onBlur={() => {
          setOpen(false);
          setQuery(selected ? selected.name[lang] : '');
        }}
      />
      <span id={hintId} className="muted small">
        {noMatch ? t('program.noMatch', { query }) : t('program.hint')}
      </span>
      <ul id={listId} role="listbox" aria-label={t('program.listLabel')} className="program-list" hidden={!open || matches.length === 0}>
        {matches.map((program, index) => (
          <li key={program.id} {...combobox.optionProps(program, index)}>
            <span className="program-name">{program.name[lang]}</span>{' '}
            <span className="muted">
              {t('program.details', {
                hours: program.hours,
                count: program.months,
                tuition: formatMoney(program.tuition, props.currency, lang),
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
