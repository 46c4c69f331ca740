// The add / edit form of one entry, in a dialog: names in both languages, the list's own
// fields, and the id under "Advanced". Checked here first; what the server still refuses
// is shown next to the field it is about, or at the top.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Bilingual, Catalog } from '../../../../shared/pricing/types';
import { call } from '../../api/client';
import { errorMessage, problemMessage, problemsOf } from '../../errors';
import { BilingualNameFields, ConflictNotice, Dialog, TextField, focusFirstInvalid, staleSaveOf } from '../../components/form';
import type { Errors, ListSpec, NamedEntry, SpecContext } from './spec';
import { ID_PATTERN, suggestId } from './entry-id';
import { entryRelativePath } from './problems';

export function EntryEditor<E extends NamedEntry, D>(props: {
  spec: ListSpec<E, D>;
  ctx: SpecContext;
  /** undefined = a new entry */
  entry: E | undefined;
  onClose: () => void;
  onSaved: (catalog: Catalog, entry: E) => void;
}) {
  const { spec, ctx, entry } = props;
  const { t } = ctx;
  const idPrefix = `entry-${useId().replace(/:/g, '')}`;
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState<Bilingual>(entry?.name ?? { ko: '', en: '' });
  const [draft, setDraft] = useState<D>(() => (entry ? spec.toDraft(entry, ctx) : spec.emptyDraft(ctx)));
  // A new entry's id follows the English name until typed over.
  const [typedId, setTypedId] = useState<string | null>(entry ? entry.id : null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  /** The entry as stored when this editor loaded it (sent as `expected`), and the entry as
   *  another desk saved it since, when a save was refused. */
  const [base, setBase] = useState<E | undefined>(entry);
  const [stale, setStale] = useState<E | null>(null);

  const takenIds = spec
    .entries(ctx.catalog)
    .map((e) => e.id)
    .filter((id) => id !== entry?.id);
  const id = typedId ?? suggestId(name.en, takenIds, spec.list.replace(/s$/, ''));

  function validate(): { errors: Errors; value: E | null } {
    const found: Errors = {};
    const ko = name.ko.trim();
    const en = name.en.trim();
    if (!ko) found['name.ko'] = t('validation.nameKoRequired');
    if (!en) found['name.en'] = t('validation.nameEnRequired');
    const trimmedId = id.trim();
    if (!trimmedId) found.id = t('validation.idRequired');
    else if (trimmedId !== entry?.id && !ID_PATTERN.test(trimmedId)) found.id = t('validation.idPattern');
    else if (takenIds.includes(trimmedId)) found.id = t('validation.idTaken', { id: trimmedId });
    const fields = spec.build(draft, ctx, found);
    if (Object.keys(found).length > 0 || !fields) return { errors: found, value: null };
    return { errors: found, value: { id: trimmedId, name: { ko, en }, ...fields } as E };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const { errors: found, value } = validate();
    setErrors(found);
    setGeneral([]);
    if (!value) {
      if (found.id) setAdvancedOpen(true);
      // Wait for the messages to render, then put the cursor on the first bad field.
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setBusy(true);
    try {
      const catalog = await call('catalog.saveEntry', {
        list: spec.list,
        entry: value,
        ...(entry ? { originalId: entry.id, expected: base } : {}),
      });
      props.onSaved(catalog, value);
    } catch (error) {
      const current = staleSaveOf<E>(error);
      if (current) setStale(current);
      else showServerProblems(error);
      setBusy(false);
    }
  }

  function showServerProblems(error: unknown) {
    const problems = problemsOf(error);
    if (problems.length === 0) {
      setGeneral([errorMessage(t, error)]);
      return;
    }
    const known = new Set(['id', 'name.ko', 'name.en', ...spec.fieldPaths(draft)]);
    const byField: Errors = {};
    const rest: string[] = [];
    for (const problem of problems) {
      const path = fieldOf(entryRelativePath(problem.path, spec.list), known);
      const message = problemMessage(t, problem);
      if (path !== null) byField[path] ??= message;
      else rest.push(t('errors:problemAt', { path: problem.path || t('io.wholeFile'), message }));
    }
    if (byField.id) setAdvancedOpen(true);
    setErrors(byField);
    setGeneral(rest);
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  }

  const title = entry
    ? t(`lists.${spec.list}.editTitle`, { name: entry.name[ctx.lang] })
    : t(`lists.${spec.list}.addTitle`);

  return (
    <Dialog title={title} onClose={props.onClose} wide>
      <form ref={formRef} noValidate onSubmit={submit} className="entry-form">
        {stale && (
          <ConflictNotice
            differences={null}
            onUseSaved={() => {
              setName(stale.name);
              setDraft(spec.toDraft(stale, ctx));
              setBase(stale);
              setStale(null);
            }}
            onKeepMine={() => {
              setBase(stale); // saving again replaces the other desk's version, knowingly
              setStale(null);
            }}
          >
            <p>{t('editor.conflictHint')}</p>
          </ConflictNotice>
        )}
        {general.length > 0 && (
          <div role="alert" className="form-problems">
            <p>{t('editor.notSaved')}</p>
            <ul>
              {general.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <BilingualNameFields
          idPrefix={idPrefix}
          value={name}
          onChange={setName}
          errors={{ ko: errors['name.ko'], en: errors['name.en'] }}
          autoFocus
        />
        <spec.Fields
          draft={draft}
          change={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          errors={errors}
          ctx={ctx}
          idPrefix={idPrefix}
        />
        <details open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
          <summary>{t('editor.advanced')}</summary>
          <TextField
            id={`${idPrefix}-id`}
            label={t('editor.id')}
            value={id}
            onChange={setTypedId}
            error={errors.id}
            hint={entry ? t('editor.idHintEdit') : t('editor.idHintNew')}
            maxLength={100}
            spellCheck={false}
          />
        </details>
        <div className="row dialog-actions">
          <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Enter">
            {t('editor.save')}
          </button>
          <button type="button" onClick={props.onClose} aria-keyshortcuts="Escape">
            {t('editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The nearest shown field of a path: "when.dates[1]" -> "when.dates", "rates[0]" -> "rates". */
function fieldOf(path: string | null, known: Set<string>): string | null {
  let current = path;
  while (current) {
    if (known.has(current)) return current;
    const cut = current.search(/(\[\d+\]|\.[^.[\]]+)$/);
    if (cut <= 0) return null;
    current = current.slice(0, cut);
  }
  return null;
}
