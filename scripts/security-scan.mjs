// `npm test` runs this: Electronegativity (Doyensec's Electron security scanner) over the
// app's own code (electron/ and the renderer's page and sources, scanned together so its
// global checks see the main process and the page at once), failing on any finding.
// Decisions (docs/security.md):
// - Run through its programmatic API: its command line does not start with the commander
//   version npm installs beside it (it does not declare the dependency).
// - Offline: the scanner fetches translations and Electron's release list from GitHub; here
//   only the npm registry is reachable, so `got` is replaced by a refusal before it loads
//   (both callers already treat a failed fetch as "no update").
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [scannerDir] });
const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
const run = require('@doyensec/electronegativity');

const ELECTRON_VERSION = require(join(root, 'node_modules/electron/package.json')).version;

const work = mkdtempSync(join(tmpdir(), 'front-desk-scan-'));
let findings = 0;
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer/index.html'), join(work, 'renderer/index.html'));
  cpSync(join(root, 'renderer/src'), join(work, 'renderer/src'), { recursive: true });
  const result = await run({ input: work, isRelative: true, electronVersionOverride: ELECTRON_VERSION });
  const fatal = result.errors.filter((e) => !e.tolerable);
  for (const error of fatal) console.error(`electronegativity could not read ${error.file}: ${error.message}`);
  for (const issue of result.issues) {
    console.error(`${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`);
  }
  findings = result.issues.length + fatal.length;
  console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${ELECTRON_VERSION}): ${findings} finding(s), ${result.atomicChecks + result.globalChecks} checks`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(findings === 0 ? 0 : 1);
