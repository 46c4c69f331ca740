/** A row's Remove button had the focus and the row goes: the next row's button takes it (or
 *  the one before, or `fallback` when none is left), so the keyboard stays in the list. Called
 *  before the change: those elements stay on the page. */
export function focusAfterRemoving(list: HTMLElement | null, index: number, fallback: HTMLElement | null): void {
  const buttons = [...(list?.querySelectorAll('button') ?? [])];
  (buttons[index + 1] ?? buttons[index - 1] ?? fallback)?.focus();
}
