// One list of the price list as a table: entries in their order, names in the UI language,
// key figures; add, edit, move up/down (buttons or Alt+Up/Down on a row), and remove (with
// a confirmation) or, for services, deactivate / reactivate.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../../shared/pricing/types';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { ConfirmDialog, useFormText } from '../../components/form';
import { EntryEditor } from './EntryEditor';
import { makeContext, type ListSpec, type NamedEntry } from './spec';

type Editing<E> = { entry: E | undefined } | null;
type FocusTarget = { id: string; action: 'up' | 'down' | 'edit' | 'toggle' } | 'add' | null;

export function EntryList<E extends NamedEntry, D>({ spec }: { spec: ListSpec<E, D> }) {
  const { catalog, lang, setCatalog } = useAppData();
  const { t } = useTranslation('catalog');
  const form = useFormText();
  const ctx = useMemo(() => makeContext(catalog, lang, t, form), [catalog, lang, t, form]);
  const entries = spec.entries(catalog);
  const headingId = useId();

  const [editing, setEditing] = useState<Editing<E>>(null);
  const [removing, setRemoving] = useState<E | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget>(null);

  // After a change re-renders the table, put the focus back where the typist was.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'add') {
      addRef.current?.focus();
      return;
    }
    const buttons = tableRef.current?.querySelectorAll<HTMLButtonElement>('button[data-action]') ?? [];
    const button = [...buttons].find((b) => b.dataset.entryId === target.id && b.dataset.action === target.action);
    button?.focus();
  }, [catalog]);

  // Alt+N adds an entry to the list on screen (only the open section is mounted). A dialog
  // keeps it from acting behind it; the physical key, so a Korean layout works too.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if (event.altKey && !event.ctrlKey && event.code === 'KeyN') {
        event.preventDefault();
        setEditing({ entry: undefined });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function run(action: () => Promise<Catalog>, done: string, focus: FocusTarget) {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const next = await action();
      focusNext.current = focus;
      setCatalog(next);
      setStatus(done);
    } catch (error) {
      setStatus('');
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  function move(entry: E, index: number, delta: -1 | 1) {
    const toIndex = index + delta;
    if (toIndex < 0 || toIndex >= entries.length) return;
    const last = entries.length - 1;
    // Keep the focus on a move button that still works at the new position.
    const action = delta < 0 ? (toIndex === 0 ? 'down' : 'up') : toIndex === last ? 'up' : 'down';
    void run(
      () => call('catalog.moveEntry', { list: spec.list, id: entry.id, toIndex }),
      t('status.moved', { name: entry.name[lang], position: toIndex + 1 }),
      { id: entry.id, action },
    );
  }

  function toggleActive(entry: E & { active?: boolean }) {
    const active = entry.active === false;
    void run(
      // `expected`: the whole entry is written back, so another desk's change of it since is refused, not undone.
      () => call('catalog.saveEntry', { list: spec.list, entry: { ...entry, active }, originalId: entry.id, expected: entry }),
      t(active ? 'status.reactivated' : 'status.deactivated', { name: entry.name[lang] }),
      { id: entry.id, action: 'toggle' },
    );
  }

  function remove(entry: E) {
    setRemoving(null);
    void run(
      () => call('catalog.removeEntry', { list: spec.list, id: entry.id }),
      t('status.removed', { name: entry.name[lang] }),
      'add',
    );
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, entry: E, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(entry, index, event.key === 'ArrowUp' ? -1 : 1);
  }

  const listTitle = t(`sections.${spec.list}`);
  return (
    <section aria-labelledby={headingId} className="entry-list">
      <div className="row entry-list-head">
        <h2 id={headingId}>{listTitle}</h2>
        <button
          ref={addRef}
          type="button"
          className="primary"
          onClick={() => setEditing({ entry: undefined })}
          aria-keyshortcuts="Alt+N"
        >
          {t(`lists.${spec.list}.add`)}
        </button>
      </div>
      {spec.school && !catalog.school && <p className="muted">{t('school.none')}</p>}
      {entries.length === 0 ? (
        <p className="muted">{t(`lists.${spec.list}.empty`)}</p>
      ) : (
        <table ref={tableRef} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              {spec.columns.map((column) => (
                <th key={column.header} scope="col" className={column.money ? 'money' : undefined}>
                  {t(column.header)}
                </th>
              ))}
              <th scope="col">{t('columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => {
              const name = entry.name[lang];
              const inactive = (entry as { active?: boolean }).active === false;
              return (
                <tr key={entry.id} onKeyDown={(e) => onRowKey(e, entry, index)} className={inactive ? 'inactive' : undefined}>
                  <th scope="row">{name}</th>
                  {spec.columns.map((column) => (
                    <td key={column.header} className={column.money ? 'money' : undefined}>
                      {column.cell(entry, ctx)}
                    </td>
                  ))}
                  <td className="row-actions">
                    <button
                      type="button"
                      data-entry-id={entry.id}
                      data-action="edit"
                      aria-label={t('row.edit', { name })}
                      onClick={() => setEditing({ entry })}
                    >
                      {t('row.editShort')}
                    </button>
                    {spec.deactivates ? (
                      <button
                        type="button"
                        data-entry-id={entry.id}
                        data-action="toggle"
                        aria-label={t(inactive ? 'row.reactivate' : 'row.deactivate', { name })}
                        onClick={() => toggleActive(entry)}
                        disabled={busy}
                      >
                        {t(inactive ? 'row.reactivateShort' : 'row.deactivateShort')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        data-entry-id={entry.id}
                        data-action="remove"
                        aria-label={t('row.remove', { name })}
                        onClick={() => setRemoving(entry)}
                      >
                        {t('row.removeShort')}
                      </button>
                    )}
                    <button
                      type="button"
                      data-entry-id={entry.id}
                      data-action="up"
                      aria-label={t('row.moveUp', { name })}
                      aria-keyshortcuts="Alt+ArrowUp"
                      disabled={index === 0 || busy}
                      onClick={() => move(entry, index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-entry-id={entry.id}
                      data-action="down"
                      aria-label={t('row.moveDown', { name })}
                      aria-keyshortcuts="Alt+ArrowDown"
                      disabled={index === entries.length - 1 || busy}
                      onClick={() => move(entry, index, 1)}
                    >
                      ↓
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p role="status" className="success">
        {status}
      </p>
      {failure && <p role="alert">{failure}</p>}

      {editing && (
        <EntryEditor
          spec={spec}
          ctx={ctx}
          entry={editing.entry}
          onClose={() => setEditing(null)}
          onSaved={(next, saved) => {
            focusNext.current = editing.entry ? { id: saved.id, action: 'edit' } : 'add';
            setEditing(null);
            setCatalog(next);
            setFailure('');
            setStatus(t('status.saved', { name: saved.name[lang] }));
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('remove.title', { name: removing.name[lang] })}
          message={<p>{t('remove.message', { name: removing.name[lang] })}</p>}
          confirmLabel={t('remove.confirm')}
          destructive
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
