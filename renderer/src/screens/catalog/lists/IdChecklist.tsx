// A group of checkboxes naming entries of another list (services an add-on fits, programs a
// fee is for). None checked means "all", which the hint says.
import type { Lang } from '../../../../../shared/pricing/types';
import type { NamedEntry } from '../spec';

export function IdChecklist(props: {
  legend: string;
  hint: string;
  options: readonly NamedEntry[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
  lang: Lang;
  error?: string | undefined;
  errorId: string;
}) {
  const { options, checked } = props;
  function toggle(id: string, on: boolean) {
    // Stored in the other list's order, whatever order they were ticked in.
    props.onChange(options.map((o) => o.id).filter((x) => (x === id ? on : checked.includes(x))));
  }
  return (
    <fieldset aria-describedby={props.error ? props.errorId : undefined}>
      <legend>{props.legend}</legend>
      <p className="muted form-hint">{props.hint}</p>
      {options.map((option) => (
        <label key={option.id} className="inline">
          <input
            type="checkbox"
            checked={checked.includes(option.id)}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
          {option.name[props.lang]}
        </label>
      ))}
      {props.error && (
        <p id={props.errorId} className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
