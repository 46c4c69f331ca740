// The program search: a combobox (type Korean, English or initial consonants) with a
// listbox of matches. ArrowUp/Down move, Enter picks, Escape closes and restores the name.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Program } from '../../../../shared/pricing/types';
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
  const [active, setActive] = useState(0);
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

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter') {
      const program = open ? matches[active] : undefined;
      if (program) {
        event.preventDefault();
        pick(program);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setQuery(selected ? selected.name[lang] : '');
    }
  }

  const activeProgram = open ? matches[active] : undefined;
  const optionId = (program: Program) => `${listId}-${program.id}`;
  const noMatch = open && matches.length === 0;

  return (
    <div className="program-picker">
      <label htmlFor={`${listId}-input`}>{t('program.label')}</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        role="combobox"
        type="text"
        autoComplete="off"
        autoFocus
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeProgram ? optionId(activeProgram) : undefined}
        aria-describedby={hintId}
        placeholder={t('program.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(!selected)}
        onBlur={() => setOpen(false)}
      />
      <span id={hintId} className="muted small">
        {noMatch ? t('program.noMatch', { query }) : t('program.hint')}
      </span>
      <ul id={listId} role="listbox" aria-label={t('program.listLabel')} className="program-list" hidden={!open || matches.length === 0}>
        {matches.map((program, index) => (
          <li
            key={program.id}
            id={optionId(program)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(program);
            }}
          >
            <span className="program-name">{program.name[lang]}</span>{' '}
            <span className="muted">
              {t('program.details', {
                hours: program.hours,
                months: program.months,
                tuition: formatMoney(program.tuition, props.currency, lang),
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
