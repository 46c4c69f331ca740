// Keystroke cost: a whole render of the quote screen asks i18next for ~66 strings (labels,
// the breakdown's lines, the caller's sentence), and each `t` parses its key, resolves it and
// interpolates: about half of React's work for a key that renders the screen whole. The same key with the same options gives
// the same text until the language or the loaded strings change, so texts are kept, keyed by
// the key and its options, and forgotten at every such change.
import type { i18n as I18n } from 'i18next';

/** Past this many texts the memo starts again (a screen uses a few hundred). */
const MAX_TEXTS = 5000;

type Primitive = string | number | boolean | null | undefined;
const isPrimitive = (v: unknown): v is Primitive => v === null || (typeof v !== 'object' && typeof v !== 'function');
const isPlain = (v: unknown) => isPrimitive(v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The memo's key for a call, or null when the call cannot be kept (options that are objects
 *  or functions, a list of keys, a default value given as an object). */
function idOf(key: unknown, options: unknown): string | null {
  if (typeof key !== 'string') return null;
  if (options === undefined) return key;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return null;
  for (const value of Object.values(options)) if (!isPlain(value)) return null;
  return JSON.stringify([key, options]);
}

export function memoizeTranslations(i18n: I18n): void {
  const texts = new Map<string, string>();
  const forget = () => texts.clear();
  i18n.on('languageChanged', forget);
  i18n.on('loaded', forget);
  i18n.store.on('added', forget);
  i18n.store.on('removed', forget);
  const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
  // react-i18next's `t` (getFixedT) calls the instance's `t`, so every screen goes through here.
  i18n.t = ((key: unknown, options?: unknown, ...rest: unknown[]) => {
    const id = rest.length === 0 ? idOf(key, options) : null;
    if (id === null) return translate(key, options, ...rest);
    const kept = texts.get(id);
    if (kept !== undefined) return kept;
    const text = translate(key, options);
    if (typeof text === 'string') {
      if (texts.size >= MAX_TEXTS) texts.clear();
      texts.set(id, text);
    }
    return text;
  }) as unknown as I18n['t'];
}
