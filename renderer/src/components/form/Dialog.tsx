import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './form.css';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The frame's and the screens' shortcuts (F1..F6, Alt+key) listen on the window; while a
 *  modal dialog has the focus they must not act behind it (switch screens and drop its
 *  edits, move the focus out). React 17+ stops the native event too, at the root, before it
 *  reaches the window; the dialog's own key handlers inside it still run. */
function isScreenShortcut(event: KeyboardEvent<HTMLDivElement>): boolean {
  return /^F\d{1,2}$/.test(event.key) || (event.altKey && !event.ctrlKey && !event.metaKey);
}

/** A modal dialog: focus moves in (to `[data-autofocus]` or the first field), Tab stays
 *  inside, Escape closes, focus goes back to what opened it, and the screen's shortcuts do
 *  not act behind it. */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
  wide?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  // Taken while rendering, before any autoFocus field inside takes the focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const box = ref.current;
    const first =
      box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      // The opener may have been re-rendered away (e.g. a removed row); then leave focus be.
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose.current();
      return;
    }
    if (isScreenShortcut(event)) {
      event.stopPropagation();
      // F1..F6 would otherwise do what the browser does with them (F5 reloads the page).
      if (/^F[1-6]$/.test(event.key)) event.preventDefault();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        role={props.role ?? 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={props.describedBy}
        className={props.wide ? 'dialog dialog-wide' : 'dialog'}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}
