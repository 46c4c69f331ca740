// The price list's sections as tabs: arrow keys, Home and End move between them (the
// WAI-ARIA tabs pattern), Tab goes into the open section.
import { useRef, type KeyboardEvent } from 'react';

export function SectionTabs<Id extends string>(props: {
  label: string;
  sections: readonly { id: Id; label: string }[];
  current: Id;
  onChange: (id: Id) => void;
  panelId: string;
  autoFocus?: boolean;
}) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const { sections, current } = props;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = sections.findIndex((s) => s.id === current);
    const last = sections.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last ? 0 : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0 ? last : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = sections[next];
    if (!target) return;
    props.onChange(target.id);
    refs.current.get(target.id)?.focus();
  }

  return (
    <div role="tablist" aria-label={props.label} className="section-tabs" onKeyDown={onKeyDown}>
      {sections.map((section) => {
        const selected = section.id === current;
        return (
          <button
            key={section.id}
            ref={(node) => {
              if (node) refs.current.set(section.id, node);
              else refs.current.delete(section.id);
            }}
            type="button"
            role="tab"
            id={tabIdOf(section.id)}
            aria-selected={selected}
            aria-controls={props.panelId}
            tabIndex={selected ? 0 : -1}
            autoFocus={selected && props.autoFocus}
            onClick={() => props.onChange(section.id)}
          >
            {section.label}
          </button>
        );
      })}
    </div>
  );
}

export const tabIdOf = (id: string) => `catalog-tab-${id}`;
