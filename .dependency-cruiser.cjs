// The import rules the design promises, checked by dependency-cruiser in `npm test`
// (`npm run lint:deps`). Type-only imports count: a cycle through types is still a cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle makes load order and ownership unclear.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-electron-in-core',
      severity: 'error',
      comment: 'The core, the data layer, the web host and shared code run in plain Node: only electron/main and electron/preload may import Electron.',
      from: { path: '^(electron/(app|services|db|web)|shared)/' },
      to: { path: '(^|/)node_modules/electron/|^electron$' },
    },
    {
      name: 'no-host-in-core',
      severity: 'error',
      comment: 'The core does not know which host serves it.',
      from: { path: '^(electron/(app|services|db)|shared)/' },
      to: { path: '^electron/(main|preload|web)/' },
    },
    {
      name: 'no-node-in-renderer',
      severity: 'error',
      comment: 'The renderer is a sandboxed page: no Node built-ins, no SQLite, no Electron, no main-process code.',
      from: { path: '^renderer/' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^(electron|node:|better-sqlite3)|(^|/)node_modules/(electron|better-sqlite3)/',
      },
    },
    {
      name: 'no-node-builtins-in-renderer',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ is used by both sides: no I/O, no database, no UI framework, nothing host-specific.',
      from: { path: '^shared/' },
      to: {
        path: '^(electron|renderer)/|(^|/)node_modules/(better-sqlite3|react|react-dom|electron)/',
      },
    },
    {
      name: 'no-node-builtins-in-shared',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pricing-does-not-know-the-api',
      severity: 'error',
      comment: 'The pricing engine is a pure library: the API depends on it, never the reverse.',
      from: { path: '^shared/pricing/' },
      to: { path: '^shared/api/' },
    },
    {
      name: 'no-screen-imports-another-screen',
      severity: 'error',
      comment: 'Pieces used by several screens live outside screens/.',
      from: { path: '^renderer/src/screens/([^/]+)/' },
      to: { path: '^renderer/src/screens/[^/]+/', pathNot: '^renderer/src/screens/$1/' },
    },
    {
      name: 'no-production-code-from-tests',
      severity: 'error',
      comment: 'Fakes and fixtures stay out of what ships.',
      from: { path: '^(electron|renderer|shared)/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
