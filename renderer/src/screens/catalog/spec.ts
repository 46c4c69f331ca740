// What the price-list editor needs to know about one list (services, add-ons, ...): how its
// table looks, and how a form draft (typed text) becomes an entry. EntryList and
// EntryEditor do the rest the same way for every list.
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { CatalogListName } from '../../../../shared/vocabulary';
import type { Bilingual, Catalog, Lang } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';
import { readMoney, readNumber, type useFormText } from '../../components/form';

export type Errors = Record<string, string>;

export type SpecContext = {
  catalog: Catalog;
  lang: Lang;
  t: TFunction<'catalog'>;
  form: ReturnType<typeof useFormText>;
  currency: string;
  money: (minor: number) => string;
};

export type NamedEntry = { id: string; name: Bilingual };

export type Column<E> = {
  /** i18n key of the header (catalog namespace). */
  header: string;
  money?: boolean;
  cell: (entry: E, ctx: SpecContext) => ReactNode;
};

export type FieldsProps<D> = {
  draft: D;
  change: (patch: Partial<D>) => void;
  errors: Errors;
  ctx: SpecContext;
  /** Prefix of the fields' element ids, unique per open editor. */
  idPrefix: string;
};

export type ListSpec<E extends NamedEntry, D> = {
  list: CatalogListName;
  /** A school list: the catalog may have no school yet. */
  school?: boolean;
  entries: (catalog: Catalog) => readonly E[];
  columns: Column<E>[];
  emptyDraft: (ctx: SpecContext) => D;
  toDraft: (entry: E, ctx: SpecContext) => D;
  /** The entry's fields besides id and name, or null when `errors` got a problem. */
  build: (draft: D, ctx: SpecContext, errors: Errors) => Omit<E, 'id' | 'name'> | null;
  /** Error paths (relative to the entry, as the server reports them) that have a field. */
  fieldPaths: (draft: D) => string[];
  Fields: (props: FieldsProps<D>) => ReactNode;
  /** Services are deactivated, never removed (old quotes point to them). */
  deactivates?: boolean;
};

export function makeContext(
  catalog: Catalog,
  lang: Lang,
  t: TFunction<'catalog'>,
  form: ReturnType<typeof useFormText>,
): SpecContext {
  return {
    catalog,
    lang,
    t,
    form,
    currency: catalog.currency,
    money: (minor) => formatMoney(minor, catalog.currency, lang),
  };
}

/** Reads typed text into numbers, noting a message under `path` for each bad one. */
export function fieldReader(ctx: SpecContext, errors: Errors) {
  return {
    money(path: string, text: string, options: { optional?: boolean; min?: number } = {}): number | undefined {
      if (options.optional && text.trim() === '') return undefined;
      const read = readMoney(text, ctx.currency, options);
      if (read.ok) return read.value;
      errors[path] = ctx.form.money(read.problem, ctx.currency, options.min);
      return undefined;
    },
    number(
      path: string,
      text: string,
      options: { min: number; max?: number; whole?: boolean; optional?: boolean },
    ): number | undefined {
      if (options.optional && text.trim() === '') return undefined;
      const read = readNumber(text, options);
      if (read.ok) return read.value;
      errors[path] = ctx.form.number(read.problem, options);
      return undefined;
    },
  };
}

/** A value for an optional number field's text. */
export const numberText = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** A service category in the UI language. The catalog keeps it as free text (spec); a
 *  category written in both languages, "릴랙스 / Relaxation", shows the side of the UI
 *  language, so a Korean screen shows no English category. Text without " / " is shown as
 *  the business wrote it. */
export function categoryIn(category: string | undefined, lang: Lang): string {
  if (!category) return '';
  const parts = category.split(' / ').map((part) => part.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return category;
  return lang === 'ko' ? parts[0] : parts[1];
}

/** The names of the given ids, in the UI language, in catalog order. */
export function namesOf(entries: readonly NamedEntry[], ids: readonly string[], lang: Lang): string {
  return entries
    .filter((entry) => ids.includes(entry.id))
    .map((entry) => entry.name[lang])
    .join(', ');
}
