// index.html preloads the first screen's chunks, CSS and namespaces; nothing twice.
import { describe, expect, it } from 'vitest';
import { preloadTags } from '../../../scripts/vite/first-screen-preload';
import { firstScreen } from '../../../renderer/src/screens/registry';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', '/app/renderer/index.html', ['assets/react.js']),
    chunk('assets/react.js', null),
    chunk('assets/QuoteScreen.js', '/app/renderer/src/screens/quote/QuoteScreen.tsx', ['assets/react.js', 'assets/form.js'], ['assets/QuoteScreen.css']),
    chunk('assets/form.js', null, [], ['assets/form.css']),
    chunk('assets/CatalogScreen.js', '/app/renderer/src/screens/catalog/CatalogScreen.tsx', ['assets/react.js']),
    chunk('assets/quote-ko.js', '/app/renderer/locales/ko/quote.json'),
    chunk('assets/quote-en.js', '/app/renderer/locales/en/quote.json'),
    chunk('assets/catalog-ko.js', '/app/renderer/locales/ko/catalog.json'),
  ].map((c) => [c.fileName, c]),
);
const html = '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/react.js">';

describe('first-screen preload', () => {
  it('names the screen chunk, what it imports, its CSS and its namespaces in both languages', () => {
    const tags = preloadTags(bundle, { module: 'src/screens/quote/QuoteScreen.tsx', namespaces: ['quote'] }, html, './');
    expect(tags.map((t) => `${String(t.attrs!.rel)} ${String(t.attrs!.href)}`)).toEqual([
      'modulepreload ./assets/QuoteScreen.js',
      'modulepreload ./assets/form.js',
      'modulepreload ./assets/quote-en.js',
      'modulepreload ./assets/quote-ko.js',
      'preload ./assets/QuoteScreen.css',
      'preload ./assets/form.css',
    ]);
  });

  it('finds the screen and its namespaces inside grouped chunks, by the modules they hold', () => {
    const grouped = (fileName: string, modules: string[], imports: string[] = []) => ({ ...chunk(fileName, null, imports), modules: Object.fromEntries(modules.map((m) => [m, {}])) });
    const groupedBundle = Object.fromEntries(
      [
        chunk('assets/index.js', '/app/renderer/index.html', ['assets/first-screen.js']),
        grouped('assets/first-screen.js', ['/app/renderer/src/screens/quote/QuoteScreen.tsx', '/app/renderer/src/parts/form.tsx'], ['assets/react.js']),
        chunk('assets/react.js', null),
        grouped('assets/locales-ko.js', ['/app/renderer/locales/ko/quote.json', '/app/renderer/locales/ko/common.json']),
        grouped('assets/locales-ko-more.js', ['/app/renderer/locales/ko/catalog.json']),
      ].map((c) => [c.fileName, c]),
    );
    const tags = preloadTags(groupedBundle, { module: 'src/screens/quote/QuoteScreen.tsx', namespaces: ['quote'] }, html, './');
    expect(tags.map((t) => String(t.attrs!.href))).toEqual(['./assets/first-screen.js', './assets/locales-ko.js']);
  });

  it('fails the build when the first screen is not in the bundle (renamed or moved)', () => {
    expect(() => preloadTags(bundle, { module: 'src/screens/quote/Gone.tsx', namespaces: [] }, html, './')).toThrow(/no chunk/);
  });

  it('the build config preloads what the registry says the first screen shows', async () => {
    const { readFileSync } = await import('node:fs');
    const config = readFileSync(new URL('../../../electron.vite.config.ts', import.meta.url), 'utf8');
    const listed = /namespaces: \[([^\]]*)\]/.exec(config)![1]!.match(/'(\w+)'/g)!.map((s) => s.slice(1, -1));
    expect(listed).toEqual(['common', 'errors', 'storage', ...firstScreen.namespaces]);
    expect(config).toContain(`module: 'src/screens/${firstScreen.id}/`);
  });
});
