// The loading rules checked on every renderer build (scripts/vite/chunk-rules.ts): what no
// chunk may hold, and what the first screen may not load. Fake bundles shaped like the real
// one: the checker bites, names the chunk and the import chain, and the app's own config
// lists the heavy modules that other screens and later steps load.
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { chunkRuleViolations, type ChunkRules } from '../../../scripts/vite/chunk-rules';
import config from '../../../electron.vite.config';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], modules: string[], isEntry = false) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  isEntry,
  imports,
  modules: Object.fromEntries(modules.map((id) => [id, { renderedLength: 1 }])),
});
const bundleOf = (...chunks: ReturnType<typeof chunk>[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c]));

const app = '/app';
const entry = chunk('assets/index.js', `${app}/renderer/index.html`, ['assets/react.js'], [`${app}/renderer/src/main.tsx`], true);
const react = chunk('assets/react.js', null, [], [`${app}/node_modules/react/index.js`]);
const quote = (imports: string[]) => chunk('assets/QuoteScreen.js', `${app}/renderer/src/screens/quote/QuoteScreen.tsx`, ['assets/react.js', ...imports], [`${app}/renderer/src/screens/quote/QuoteScreen.tsx`]);
const phone = chunk('assets/phone.js', `${app}/shared/phone.ts`, [], [`${app}/shared/phone.ts`, `${app}/node_modules/libphonenumber-js/index.js`]);
const clients = chunk('assets/ClientsScreen.js', `${app}/renderer/src/screens/clients/ClientsScreen.tsx`, ['assets/phone.js'], [`${app}/renderer/src/screens/clients/ClientsScreen.tsx`]);
const quoteNs = chunk('assets/quote-ko.js', `${app}/renderer/locales/ko/quote.json`, ['assets/data.js'], [`${app}/renderer/locales/ko/quote.json`]);

const rules: ChunkRules = {
  firstScreen: { module: 'src/screens/quote/QuoteScreen.tsx', namespaces: ['quote'] },
  nowhere: [{ module: /\/node_modules\/zod\//, why: 'main process validates' }],
  notOnFirstScreen: [{ module: /\/node_modules\/libphonenumber-js\//, why: 'loaded when typed' }],
};

describe('chunk rules', () => {
  it('pass when the heavy module is only in a chunk loaded later (import())', () => {
    expect(chunkRuleViolations(bundleOf(entry, react, quote([]), phone, clients, quoteNs), rules)).toEqual([]);
  });

  it('catch a heavy module the first screen imports, through any chunk it imports, with the import chain', () => {
    const importers = (id: string) =>
      ({
        [`${app}/node_modules/libphonenumber-js/index.js`]: [`${app}/shared/phone.ts`],
        [`${app}/shared/phone.ts`]: [`${app}/renderer/src/parts/calls/FollowUpsDue.tsx`],
      })[id] ?? [];
    const found = chunkRuleViolations(bundleOf(entry, react, quote(['assets/phone.js']), phone, clients, quoteNs), rules, importers);
    expect(found).toEqual([
      'first screen: assets/phone.js holds /\\/node_modules\\/libphonenumber-js\\// (loaded when typed); imported by ' +
        'node_modules/libphonenumber-js/index.js <- shared/phone.ts <- renderer/src/parts/calls/FollowUpsDue.tsx',
    ]);
  });

  it('count the entry script and the first screen namespaces as the first screen', () => {
    const viaEntry = chunk('assets/index.js', `${app}/renderer/index.html`, ['assets/react.js', 'assets/phone.js'], [], true);
    expect(chunkRuleViolations(bundleOf(viaEntry, react, quote([]), phone, quoteNs), rules)).toHaveLength(1);
    const data = chunk('assets/data.js', null, [], [`${app}/node_modules/libphonenumber-js/metadata.json`]);
    expect(chunkRuleViolations(bundleOf(entry, react, quote([]), quoteNs, data), rules)).toHaveLength(1);
  });

  it('catch a module that no chunk may hold, also in a screen loaded later', () => {
    const zodInClients = chunk('assets/ClientsScreen.js', null, [], [`${app}/node_modules/zod/v4/core/schemas.js`]);
    expect(chunkRuleViolations(bundleOf(entry, react, quote([]), zodInClients, quoteNs), rules)).toEqual([
      'renderer: assets/ClientsScreen.js holds /\\/node_modules\\/zod\\// (main process validates); imported by node_modules/zod/v4/core/schemas.js',
    ]);
  });

  it("the app's build config checks them, and keeps the named heavy modules off the first screen", () => {
    const plugins = (config as { renderer: { plugins: Plugin[] } }).renderer.plugins.flat() as Plugin[];
    const plugin = plugins.find((p) => p?.name === 'front-desk:chunk-rules');
    expect(plugin).toBeDefined();
    const heavy = [
      'node_modules/libphonenumber-js/metadata.min.json.js',
      'node_modules/signature_pad/dist/signature_pad.js',
      'node_modules/@fontsource/noto-sans-kr/index.css',
      'shared/diagnosis/codes.ts',
      'shared/coverage/check.ts',
      'shared/intake/template.ts',
      'renderer/src/components/coverage/CoveragePanel.tsx',
      'renderer/src/components/body-map/BodyMap.tsx',
      'renderer/src/components/intake/IntakeDueNotice.tsx',
    ].map((m) => `${app}/${m}`);
    // Each heavy module in its own chunk, all imported by the quote screen's.
    const own = heavy.map((m, i) => chunk(`assets/heavy-${i}.js`, null, [], [m]));
    const bundle = bundleOf(
      chunk('assets/index.js', `${app}/renderer/index.html`, [], [`${app}/renderer/src/main.tsx`], true),
      chunk('assets/QuoteScreen.js', `${app}/renderer/src/screens/quote/QuoteScreen.tsx`, own.map((c) => c.fileName), [
        `${app}/renderer/src/screens/quote/QuoteScreen.tsx`,
        `${app}/renderer/src/components/coverage/LaterCoveragePanel.tsx`,
        `${app}/renderer/src/components/intake/IntakeDueForCaller.tsx`,
      ]),
      ...own,
      chunk('assets/ClientsScreen.js', `${app}/renderer/src/screens/clients/ClientsScreen.tsx`, [], [`${app}/node_modules/zod/v4/classic/schemas.js`]),
    );
    let message = '';
    const context = { error: (text: string) => (message = text), getModuleInfo: () => null };
    (plugin!.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(context, {}, bundle);
    for (const m of heavy) expect(message).toContain(`imported by ${m.slice(app.length + 1)}`);
    expect(message).toContain('renderer: assets/ClientsScreen.js holds');
    expect(message).not.toContain('QuoteScreen.js holds');
    expect(message.split('\n')).toHaveLength(1 + heavy.length + 1);
  });
});
