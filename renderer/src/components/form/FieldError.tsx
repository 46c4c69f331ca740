// One way to show a field's problem: the message right under the field, tied to it with
// aria-describedby so a screen reader reads it with the field, and aria-invalid set.

export function errorIdOf(fieldId: string): string {
  return `${fieldId}-error`;
}

/** Spread onto an input: marks it invalid and points to its message when there is one. */
export function invalidProps(fieldId: string, error: string | undefined) {
  return error
    ? ({ 'aria-invalid': true, 'aria-describedby': errorIdOf(fieldId) } as const)
    : ({ 'aria-invalid': undefined, 'aria-describedby': undefined } as const);
}

export function FieldError(props: { fieldId: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p id={errorIdOf(props.fieldId)} className="field-error">
      {props.message}
    </p>
  );
}

/** After a failed submit: the first invalid field gets the focus, so the typist is there. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
}
