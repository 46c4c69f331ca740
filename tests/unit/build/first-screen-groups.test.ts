// The renderer's chunk groups: what the first screen shares with the pairing page, the rest of
// the first screen's own modules, and the locale files per language in two chunks.
import { describe, expect, it } from 'vitest';
import { firstScreenGroups, localeGroup, staticModules } from '../../../scripts/vite/first-screen-groups';

const first = { module: 'src/screens/quote/QuoteScreen.tsx', namespaces: ['common', 'quote'] };
const main = '/app/renderer/src/main.tsx';
const quote = '/app/renderer/src/screens/quote/QuoteScreen.tsx';
const pair = '/app/renderer/src/pair/main.tsx';

// main -> App, i18n (-> i18next), api client, app.css; Quote -> form (-> preload helper), quote rules;
// pair -> PairPage, i18n, api client; Catalog (lazy) -> form.
const graph: Record<string, string[]> = {
  [main]: ['/app/renderer/src/App.tsx', '/app/renderer/src/i18n/index.ts', '/app/renderer/src/api/client.ts', '/app/renderer/src/styles/app.css'],
  '/app/renderer/src/App.tsx': [],
  '/app/renderer/src/i18n/index.ts': ['/app/node_modules/i18next/dist/esm/i18next.js'],
  '/app/node_modules/i18next/dist/esm/i18next.js': [],
  '/app/renderer/src/api/client.ts': [],
  [quote]: ['/app/renderer/src/parts/form.tsx', '/app/shared/pricing/quote.ts', '/app/node_modules/es-hangul/dist/index.mjs'],
  '/app/renderer/src/parts/form.tsx': ['\0vite/preload-helper.js'],
  '/app/shared/pricing/quote.ts': [],
  '/app/node_modules/es-hangul/dist/index.mjs': [],
  [pair]: ['/app/renderer/src/pair/PairPage.tsx', '/app/renderer/src/i18n/index.ts', '/app/renderer/src/api/client.ts'],
  '/app/renderer/src/pair/PairPage.tsx': [],
  '/app/renderer/src/screens/catalog/CatalogScreen.tsx': ['/app/renderer/src/parts/form.tsx'],
};
const ctx = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : null) };

describe('renderer chunk groups', () => {
  it('puts the first screen\'s namespaces in locales-<lang> and the others in locales-<lang>-more', () => {
    expect(localeGroup('/app/renderer/locales/ko/quote.json', first)).toBe('locales-ko');
    expect(localeGroup('C:\\app\\renderer\\locales\\en\\common.json', first)).toBe('locales-en');
    expect(localeGroup('/app/renderer/locales/en/catalog.json', first)).toBe('locales-en-more');
    expect(localeGroup('/app/renderer/src/quote.json', first)).toBeNull();
  });

  it('follows static imports only: no styles, no virtual modules, no lazy screens', () => {
    const found = staticModules(ctx, [quote]);
    expect([...found].sort()).toEqual([
      '/app/node_modules/es-hangul/dist/index.mjs',
      '/app/renderer/src/parts/form.tsx',
      quote,
      '/app/shared/pricing/quote.ts',
    ]);
  });

  it('shares with the pairing page only what both import, and keeps the quote screen out of it', () => {
    const { groups } = firstScreenGroups(first, main, quote, [pair]);
    const groupOf = (id: string) => groups.map((g) => g.name(id, ctx)).find((name) => name) ?? null;
    expect(groupOf('/app/node_modules/i18next/dist/esm/i18next.js')).toBe('shared');
    expect(groupOf('/app/renderer/src/api/client.ts')).toBe('shared');
    expect(groupOf('/app/renderer/src/i18n/index.ts')).toBe('shared');
    expect(groupOf(quote)).toBe('first-screen');
    expect(groupOf('/app/renderer/src/parts/form.tsx')).toBe('first-screen');
    expect(groupOf('/app/renderer/src/App.tsx')).toBe('first-screen');
    // Left to the bundler: the entries themselves, the pairing page's own module, libraries
    // only the first screen uses, later screens.
    expect(groupOf(main)).toBeNull();
    expect(groupOf('/app/renderer/src/pair/PairPage.tsx')).toBeNull();
    expect(groupOf('/app/node_modules/es-hangul/dist/index.mjs')).toBeNull();
    expect(groupOf('/app/renderer/src/screens/catalog/CatalogScreen.tsx')).toBeNull();
    expect(groupOf('/app/renderer/locales/ko/quote.json')).toBe('locales-ko');
  });
});
