import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { openDatabase } from './electron/db/open';
import { replaceCatalog, } from './electron/services/catalog';
import { DATABASE_FILE, openFrontDesk } from './electron/app/front-desk';
import { bigCatalog } from './bench/catalog';
const dataDir = mkdtempSync('/tmp/startup-an/cat-');
const db = openDatabase(join(dataDir, DATABASE_FILE));
replaceCatalog(db, bigCatalog());
db.close();
const fd: any = openFrontDesk({ dataDir, host: 'web', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
console.log(Object.keys(fd));
for (let i = 0; i < 8; i++) {
  const t = performance.now();
  const r = await fd.handle('catalog.get', {});
  const t2 = performance.now();
  const s = JSON.stringify(r);
  const t3 = performance.now();
  JSON.parse(s);
  console.log(`handle ${(t2 - t).toFixed(1)} ms, stringify ${(t3 - t2).toFixed(1)} ms, parse ${(performance.now() - t3).toFixed(1)} ms, ${s.length} chars`);
}
for (let i = 0; i < 3; i++) { const t = performance.now(); await fd.handle('settings.get', {}); console.log('settings', (performance.now() - t).toFixed(1)); }
fd.close();
