// The keyboard of a combobox with a listbox (ARIA 1.2 pattern), shared by the service search
// and the program picker: ArrowUp/Down open the list or move (wrapping), Enter picks the
// active option, Escape closes the list. The input keeps the focus throughout; the active
// option is announced through aria-activedescendant.
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

/** What each option of the listbox gets: all of it stays the same from one render to the
 *  next unless the option became or stopped being the active one, so options can be
 *  memoised (a keystroke then renders only the options that changed). */
export type OptionProps = {
  id: string;
  role: 'option';
  'aria-selected': boolean;
  className: string | undefined;
  onMouseDown: (event: MouseEvent<HTMLElement>) => void;
};

export function useComboboxKeys<Item>(props: {
  /** Whether the list is showing; the caller owns it, since what is listed depends on it. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** What the list shows now, in order. */
  items: readonly Item[];
  /** The id of the listbox the input controls. */
  listId: string;
  optionId: (item: Item) => string;
  onPick: (item: Item) => void;
  /** After Escape closed the list: put back the picked name. */
  onDismiss: () => void;
  /** Where an arrow key opens the list (default: its first option): the program picker
   *  opens on the chosen program, so ↓ never lands on another one by itself. */
  openAt?: () => number;
}) {
  const { open, setOpen, items } = props;
  const [active, setActive] = useState(0);
  const activeItem = open ? items[active] : undefined;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return; // a Korean IME is still composing a syllable
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          const at = props.openAt?.() ?? 0;
          setActive(at >= 0 && at < items.length ? at : 0);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (items.length) setActive((a) => (a + step + items.length) % items.length);
        return;
      }
      case 'Enter':
        if (activeItem !== undefined) {
          event.preventDefault();
          props.onPick(activeItem);
        }
        return;
      case 'Escape':
        if (open) {
          // Only the list closes, not a dialog or screen around it.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          props.onDismiss();
        }
        return;
    }
  }

  /** Opens the list on its first option (also after each keystroke: the matches changed). */
  function showFromTop() {
    setOpen(true);
    setActive(0);
  }

  // One mouse handler for every option, the same function in every render; it finds the
  // option's item by its id among the items last committed (kept after each commit, not
  // during a render React may discard).
  const latest = useRef({ items, optionId: props.optionId, onPick: props.onPick });
  useLayoutEffect(() => {
    latest.current = { items, optionId: props.optionId, onPick: props.onPick };
  });
  const onOptionMouseDown = useCallback((event: MouseEvent<HTMLElement>) => {
    // mousedown, not click: the input keeps the focus, so its blur does not close the list first.
    event.preventDefault();
    const { items, optionId, onPick } = latest.current;
    const item = items.find((candidate) => optionId(candidate) === event.currentTarget.id);
    if (item !== undefined) onPick(item);
  }, []);

  /** Spread onto each option of the listbox. */
  function optionProps(item: Item, index: number): OptionProps {
    return {
      id: props.optionId(item),
      role: 'option',
      'aria-selected': index === active,
      className: index === active ? 'active' : undefined,
      onMouseDown: onOptionMouseDown,
    };
  }

  /** Spread onto the text input. */
  const inputProps = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': open,
    'aria-controls': props.listId,
    'aria-activedescendant': activeItem !== undefined ? props.optionId(activeItem) : undefined,
    onKeyDown,
  } as const;

  return { inputProps, optionProps, showFromTop };
}
