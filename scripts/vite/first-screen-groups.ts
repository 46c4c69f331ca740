// Start-up and weight: how the renderer's modules are grouped into chunks (Rolldown's
// codeSplitting groups). Left to itself, the bundler makes a chunk per shared module and per
// locale file: the first screen needed about 25 requests (six at a time over HTTP/1.1), and
// each small file compresses alone. Grouped here:
// - what the first screen and the other pages (pair.html, the tablet's pairing page) both
//   import statically, libraries included (React, i18next, the API client): `shared`;
// - the rest of what the entry and the first screen import statically: `first-screen`, so
//   the pairing page never loads the quote screen's code;
// - the locale files per language in two chunks: the namespaces the first screen shows, and
//   the rest (loaded once a later screen needs any of its namespaces).
// Everything else (later screens, lazy panels, libraries only they use) is left to the
// bundler. See docs/architecture.md ("Loading rules").
import type { FirstScreen } from './first-screen-preload';

type ModuleInfo = { importedIds: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const slashed = (id: string) => id.replaceAll('\\', '/');
const LOCALE = /\/locales\/([a-z]{2})\/([\w-]+)\.json$/;
const SCRIPT = /\.(tsx?|jsx?|mjs|cjs)$/;
const isLibrary = (id: string) => slashed(id).includes('/node_modules/');

/** The group of a locale file: `locales-ko` (the first screen's namespaces) or `locales-ko-more`. */
export function localeGroup(id: string, first: FirstScreen): string | null {
  const match = LOCALE.exec(slashed(id));
  if (!match) return null;
  const [, lang, namespace] = match;
  return first.namespaces.includes(namespace!) ? `locales-${lang}` : `locales-${lang}-more`;
}

/** The script modules (the app's and libraries') reachable by static imports from `roots`;
 *  no styles, no virtual modules. */
export function staticModules(ctx: Context, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) if (!seen.has(next)) stack.push(next);
  }
  return new Set([...seen].filter((id) => !id.startsWith('\0') && SCRIPT.test(id)));
}

/** `entry` and `screen`: absolute paths of the renderer's entry module and first screen;
 *  `otherPages`: the entry modules of the other pages. */
export function firstScreenGroups(first: FirstScreen, entry: string, screen: string, otherPages: readonly string[] = []) {
  let plan: { shared: Set<string>; first: Set<string> } | null = null;
  const planOf = (ctx: Context) => {
    const mine = staticModules(ctx, [entry, screen]);
    const theirs = staticModules(ctx, otherPages);
    const shared = new Set([...mine].filter((id) => theirs.has(id)));
    return { shared, first: new Set([...mine].filter((id) => !shared.has(id) && !isLibrary(id) && id !== entry)) };
  };
  return {
    groups: [
      { name: (id: string) => localeGroup(id, first), priority: 30 },
      {
        name: (id: string, ctx: Context) => ((plan ??= planOf(ctx)).shared.has(id) ? 'shared' : null),
        priority: 20,
      },
      {
        name: (id: string, ctx: Context) => ((plan ??= planOf(ctx)).first.has(id) ? 'first-screen' : null),
        priority: 10,
      },
    ],
  };
}
