// The renderer's chunk groups: the first screen's own modules together, locale files per
// language in two chunks (the first screen's namespaces, and the rest).
import { describe, expect, it } from 'vitest';
import { firstScreenGroups, localeGroup, staticAppModules } from '../../../scripts/vite/first-screen-groups';

const first = { module: 'src/screens/quote/QuoteScreen.tsx', namespaces: ['common', 'quote'] };

// main -> App -> (lazy) Catalog; main -> i18n -> i18next (a library); Quote -> form -> styles.css
const graph: Record<string, string[]> = {
  '/app/renderer/src/main.tsx': ['/app/renderer/src/App.tsx', '/app/renderer/src/i18n/index.ts', '/app/renderer/src/styles/app.css'],
  '/app/renderer/src/App.tsx': [],
  '/app/renderer/src/i18n/index.ts': ['/app/node_modules/i18next/dist/esm/i18next.js'],
  '/app/node_modules/i18next/dist/esm/i18next.js': [],
  '/app/renderer/src/screens/quote/QuoteScreen.tsx': ['/app/renderer/src/parts/form.tsx', '/app/shared/pricing/quote.ts'],
  '/app/renderer/src/parts/form.tsx': ['\0vite/preload-helper.js'],
  '/app/shared/pricing/quote.ts': [],
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

  it('finds the app modules the entry and the screen import statically: no libraries, styles, virtual modules or lazy screens', () => {
    const found = staticAppModules(ctx, ['/app/renderer/src/main.tsx', '/app/renderer/src/screens/quote/QuoteScreen.tsx']);
    expect([...found].sort()).toEqual([
      '/app/renderer/src/App.tsx',
      '/app/renderer/src/i18n/index.ts',
      '/app/renderer/src/main.tsx',
      '/app/renderer/src/parts/form.tsx',
      '/app/renderer/src/screens/quote/QuoteScreen.tsx',
      '/app/shared/pricing/quote.ts',
    ]);
  });

  it('groups those modules as first-screen, except the entry itself', () => {
    const { groups } = firstScreenGroups(first, '/app/renderer/src/main.tsx', '/app/renderer/src/screens/quote/QuoteScreen.tsx');
    const name = groups[1]!.name;
    expect(name('/app/renderer/src/parts/form.tsx', ctx)).toBe('first-screen');
    expect(name('/app/renderer/src/screens/quote/QuoteScreen.tsx', ctx)).toBe('first-screen');
    expect(name('/app/renderer/src/main.tsx', ctx)).toBeNull();
    expect(name('/app/renderer/src/screens/catalog/CatalogScreen.tsx', ctx)).toBeNull();
    expect(name('/app/node_modules/i18next/dist/esm/i18next.js', ctx)).toBeNull();
    expect(groups[0]!.priority).toBeGreaterThan(groups[1]!.priority); // a locale file is never first-screen code
  });
});
