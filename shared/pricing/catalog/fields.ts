// Field schemas: the zod building blocks the entry schemas are made of (numbers, money,
// percents, trimmed text and ids, capped lists, names, times, dates, weekdays, currency).
import { z } from 'zod';
import { isValidDate, parseTime } from '../dates';
import type { CatalogProblemCode } from '../types';
import { MESSAGES, type Params } from './problems';

/** Adds one of our problems as a zod custom issue; `params.problem` carries our code. */
function flag(ctx: z.core.ParsePayload<unknown>, code: CatalogProblemCode, params: Params = {}): void {
  ctx.issues.push({ code: 'custom', input: ctx.value, params: { problem: code, ...params }, message: MESSAGES[code](params) });
}

export const MAX_ENTRIES = 1000;
const MAX_ID_LENGTH = 100; // the API accepts ids of at most 100 characters
export const MAX_PROMO_CODE_LENGTH = 50; // the API accepts promo codes of at most 50 characters
// Names are read aloud and shown on every quote; the editor's fields take no more (the limits
// are the catalog's own: docs/pricing-decisions.md).
const MAX_NAME_LENGTH = 200;
const MAX_CATEGORY_LENGTH = 100;

/** A safe whole number >= min, and <= max when given. */
export const whole = (min: number, max?: number) =>
  z.number().check((ctx) => {
    const v = ctx.value;
    if (!Number.isSafeInteger(v) || v < min) flag(ctx, 'whole-number-min', { min });
    else if (max !== undefined && v > max) flag(ctx, 'number-range', { min, max });
  });

export const money = whole(0);

export const percent = z.number().check((ctx) => {
  if (ctx.value < 0 || ctx.value > 100) flag(ctx, 'number-range', { min: 0, max: 100 });
});

function tooLong(ctx: z.core.ParsePayload<string>, maxLength: number): void {
  if (ctx.value.length > maxLength) flag(ctx, 'too-many', { max: maxLength, unit: 'characters' });
}

/** Every text has a limit: what a file or a desk sends is served on every page. */
export const text = (maxLength: number) =>
  z
    .string()
    .trim()
    .check((ctx) => {
      if (ctx.value.length === 0) flag(ctx, 'non-empty-text');
      else tooLong(ctx, maxLength);
    });

export const id = text(MAX_ID_LENGTH);

/** Free text; an empty category means none. */
export const category = z
  .string()
  .trim()
  .check((ctx) => tooLong(ctx, MAX_CATEGORY_LENGTH))
  .optional()
  .transform((c) => (c ? c : undefined));

/** zod checks the length before the items: a list over its cap is one problem (too-many,
 *  see parse.ts), never one per item. */
export const list = <T extends z.ZodType>(item: T, max = MAX_ENTRIES) => z.array(item).max(max);

export const name = z.strictObject({ ko: text(MAX_NAME_LENGTH), en: text(MAX_NAME_LENGTH) });

export const time = z.string().check((ctx) => {
  if (parseTime(ctx.value) === null) flag(ctx, 'time-format');
});

export const date = z.string().check((ctx) => {
  if (!isValidDate(ctx.value)) flag(ctx, 'date-format');
});

export const weekday = z.number().check((ctx) => {
  if (!Number.isInteger(ctx.value) || ctx.value < 0 || ctx.value > 6) flag(ctx, 'weekday-range');
});

// Intl accepts any well-formed 3-letter code; the list of real ones is supportedValuesOf.
const knownCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .check((ctx) => {
    const ok = /^[A-Z]{3}$/.test(ctx.value) && (knownCurrencies?.has(ctx.value) ?? isIntlCurrency(ctx.value));
    if (!ok) flag(ctx, 'currency-code');
  });

function isIntlCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}
