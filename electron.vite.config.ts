import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { woff2Only } from './scripts/vite/woff2-only';
import { firstScreenPreload } from './scripts/vite/first-screen-preload';

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
      // The first screen (screens/registry.tsx: the first entry and its namespaces).
      firstScreenPreload({
        module: 'src/screens/quote/QuoteScreen.tsx',
        namespaces: ['common', 'errors', 'storage', 'quote', 'calls', 'coverage'],
      }),
    ],
    build: {
      // pair.html: the page a tablet gets from the hub before it is paired (docs/network.md).
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html'), pair: resolve(__dirname, 'renderer/pair.html') },
      },
    },
  },
});
