import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { woff2Only } from './scripts/vite/woff2-only';
import { firstScreenPreload, type FirstScreen } from './scripts/vite/first-screen-preload';
import { chunkRules, type ModuleRule } from './scripts/vite/chunk-rules';
import { firstScreenGroups } from './scripts/vite/first-screen-groups';

// The first screen (screens/registry.tsx: the first entry and its namespaces).
const firstScreen: FirstScreen = {
  module: 'src/screens/quote/QuoteScreen.tsx',
  namespaces: ['common', 'errors', 'storage', 'quote', 'calls'],
};

/** Loaded by the screens or steps that need them (import()), never before the first screen
 *  is usable; the build fails if a static import brings one onto it (docs/performance.md). */
const notOnFirstScreen: ModuleRule[] = [
  { module: /\/node_modules\/signature_pad\//, why: 'signatures: the intake screen' },
  { module: /\/node_modules\/@fontsource\//, why: 'the bundled font loads after the first screen (main.tsx)' },
  { module: /\/shared\/(diagnosis|coverage|prescriptions|intake)\//, why: 'diagnosis list, coverage and prescription rules, intake template: the screens and panels that use them' },
  { module: /\/renderer\/src\/components\/(body-map|signature|prescriptions|intake\/(?!IntakeDueForCaller\.tsx))/, why: 'body map, signature, prescriptions, intake views: client and intake screens' },
  { module: /\/renderer\/src\/components\/coverage\/(?!LaterCoveragePanel\.tsx)/, why: 'the coverage panel loads after the quote screen is usable (LaterCoveragePanel)' },
];

// Three bundles: main (plus the web host entry, which shares the platform-free services),
// the sandboxed preload (CommonJS, as sandboxed preloads must be), and the renderer.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'web-host': resolve(__dirname, 'electron/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [
      react(),
      woff2Only(),
      firstScreenPreload(firstScreen),
      chunkRules({
        firstScreen,
        // What the main process owns, never the renderer: validation (zod) and phone rules.
        nowhere: [
          { module: /\/node_modules\/zod\//, why: 'validation is the main process\'s; import types or shared/vocabulary.ts' },
          { module: /\/node_modules\/libphonenumber-js\//, why: 'phone rules are the main process\'s: numbers come shown (phoneShown) and typed ones are checked with phones.check' },
        ],
        notOnFirstScreen,
      }),
    ],
    build: {
      // pair.html: the page a tablet gets from the hub before it is paired (docs/network.md).
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html'), pair: resolve(__dirname, 'renderer/pair.html') },
        output: {
          codeSplitting: firstScreenGroups(
            firstScreen,
            resolve(__dirname, 'renderer/src/main.tsx'),
            resolve(__dirname, 'renderer', firstScreen.module),
            [resolve(__dirname, 'renderer/src/pair/main.tsx')],
          ),
        },
      },
      // electron-vite leaves the renderer unminified by default; React 19 ships unminified
      // production files and expects the bundler to minify them.
      minify: true,
    },
  },
});
