import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// unit: domain code and main-process services on real SQLite, in Node.
// component: React screens in happy-dom with Testing Library.
// e2e: the built app through the web host, in Debian's Chromium (needs `npm run build`).
// Time limits are generous: they catch a hang, not slowness (a screen's first lazy import is
// transformed on demand, and the suite often shares two cores with other builds).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
