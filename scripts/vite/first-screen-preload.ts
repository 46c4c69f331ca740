// Start-up: index.html names the first screen's chunks (its code, the chunks that code
// imports, its CSS, and its locale namespaces in every language) as preloads, so the
// browser fetches and compiles them while the main script loads, instead of discovering
// them one after another (script -> settings -> namespaces -> screen chunk -> ...).
import type { HtmlTagDescriptor, Plugin } from 'vite';

export type Chunk = {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  isEntry?: boolean;
  imports: string[];
  /** The modules in the chunk, by id (their rendered sizes, as Rollup/Rolldown report them). */
  modules?: Record<string, unknown>;
  viteMetadata?: { importedCss: Set<string> };
};
export type Bundle = Record<string, { type: string; fileName: string }>;

export type FirstScreen = {
  /** The screen module, as its path ends, e.g. 'src/screens/quote/QuoteScreen.tsx'. */
  module: string;
  /** The locale namespaces it shows at once (locales/<lang>/<ns>.json, every language). */
  namespaces: readonly string[];
};

const chunksOf = (bundle: Bundle) => Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk') as Chunk[];
const slashed = (id: string) => id.replaceAll('\\', '/');

/** The first screen's chunks (its code, what that imports, its namespaces) and their CSS. */
function screenChunks(bundle: Bundle, first: FirstScreen): { js: Set<string>; css: Set<string> } {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  // By the modules a chunk holds, not its facade: grouped chunks (first-screen-groups.ts) hold
  // the screen or the locale files without being named after them.
  const holds = (chunk: Chunk, test: (id: string) => boolean) =>
    (chunk.facadeModuleId !== null && test(slashed(chunk.facadeModuleId))) || Object.keys(chunk.modules ?? {}).some((id) => test(slashed(id)));
  const screen = chunks.find((c) => holds(c, (id) => id.endsWith(`/${first.module}`)));
  if (!screen) throw new Error(`first-screen-preload: no chunk for ${first.module}`);

  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) visit(next);
    }
  };
  visit(screen);
  const locale = new RegExp(`/locales/[a-z]{2}/(${first.namespaces.join('|')})\\.json$`);
  for (const chunk of chunks) if (holds(chunk, (id) => locale.test(id))) visit(chunk);
  return { js, css };
}

/** Every chunk a fresh start loads before the first screen is usable: the entry's static
 *  imports and the first screen's preloads (with what those import). */
export function firstScreenChunks(bundle: Bundle, first: FirstScreen): Chunk[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = screenChunks(bundle, first).js;
  const visit = (chunk: Chunk) => {
    files.add(chunk.fileName);
    for (const file of chunk.imports) if (!files.has(file) && byFile.has(file)) visit(byFile.get(file)!);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return [...files].map((file) => byFile.get(file)!);
}

/** The tags for `first`, given the bundle; files `html` already names are left out. */
export function preloadTags(bundle: Bundle, first: FirstScreen, html: string, base: string): HtmlTagDescriptor[] {
  const { js, css } = screenChunks(bundle, first);
  const named = (file: string) => html.includes(`/${file}"`) || html.includes(`"${file}"`);
  return [
    ...[...js].filter((f) => !named(f)).sort().map((file): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
      injectTo: 'head',
    })),
    ...[...css].filter((f) => !named(f)).sort().map((file): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` },
      injectTo: 'head',
    })),
  ];
}

export function firstScreenPreload(first: FirstScreen): Plugin {
  let base = './';
  return {
    name: 'front-desk:first-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the app's page: pair.html (the tablet's pairing page) shows no screen.
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
        return { html, tags: preloadTags(ctx.bundle as unknown as Bundle, first, html, base) };
      },
    },
  };
}
