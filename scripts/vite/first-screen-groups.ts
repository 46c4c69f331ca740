// Start-up and weight: how the renderer's modules are grouped into chunks (Rolldown's
// codeSplitting groups). Left to itself, the bundler makes a chunk per shared module and per
// locale file: the first screen needed about 25 requests (six at a time over HTTP/1.1), and
// each small file compresses alone. Grouped here:
// - the app's own modules the first screen imports statically (from the entry and the
//   screen) in one chunk;
// - the locale files per language in two chunks: the namespaces the first screen shows, and
//   the rest (loaded once a later screen needs any of its namespaces).
// Libraries stay in the chunks the bundler makes for them. See docs/performance.md.
import type { FirstScreen } from './first-screen-preload';

type ModuleInfo = { importedIds: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const slashed = (id: string) => id.replaceAll('\\', '/');
const LOCALE = /\/locales\/([a-z]{2})\/([\w-]+)\.json$/;
const SCRIPT = /\.(tsx?|jsx?|mjs)$/;

/** The group of a locale file: `locales-ko` (the first screen's namespaces) or `locales-ko-more`. */
export function localeGroup(id: string, first: FirstScreen): string | null {
  const match = LOCALE.exec(slashed(id));
  if (!match) return null;
  const [, lang, namespace] = match;
  return first.namespaces.includes(namespace!) ? `locales-${lang}` : `locales-${lang}-more`;
}

/** The app's modules (not libraries) reachable by static imports from `roots`. */
export function staticAppModules(ctx: Context, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) if (!seen.has(next)) stack.push(next);
  }
  return new Set([...seen].filter((id) => !slashed(id).includes('/node_modules/') && SCRIPT.test(id) && !id.startsWith('\0')));
}

/** `entry` and `screen`: absolute paths of the renderer's entry module and first screen. */
export function firstScreenGroups(first: FirstScreen, entry: string, screen: string) {
  let firstModules: Set<string> | null = null;
  return {
    groups: [
      { name: (id: string) => localeGroup(id, first), priority: 20 },
      {
        name: (id: string, ctx: Context) => {
          firstModules ??= staticAppModules(ctx, [entry, screen]);
          return firstModules.has(id) && id !== entry ? 'first-screen' : null;
        },
        priority: 10,
      },
    ],
  };
}
