// A host starting on a data folder at a given moment (tests/unit/db/two-hosts.test.ts):
// waits for `startAt` (ms since epoch), opens the database alone (`db`) or the whole core
// (`core`), prints "ok ..." or "error ...", holds it open `holdMs`, exits.
import { join } from 'node:path';
import { openFrontDesk } from '../../../../electron/app/front-desk';
import { openDatabase } from '../../../../electron/db/open';

const [mode, dataDir, startAt, holdMs] = process.argv.slice(2);
process.stdout.write('started\n');
while (Date.now() < Number(startAt)) {
  // busy wait: both processes leave this loop within a millisecond of each other
}
try {
  let close: () => void;
  if (mode === 'db') {
    const db = openDatabase(join(dataDir!, 'front-desk.sqlite3'));
    process.stdout.write('ok\n');
    close = () => db.close();
  } else {
    const frontDesk = openFrontDesk({ dataDir: dataDir!, host: 'web', version: 't', systemLocale: 'en-US', log: () => {} });
    const storage = frontDesk.info.storage;
    process.stdout.write(`ok ${storage.state}${storage.state === 'fault' ? ` ${storage.fault}` : ''}\n`);
    close = () => frontDesk.close();
  }
  setTimeout(() => {
    close();
    process.exit(0);
  }, Number(holdMs ?? 0));
} catch (error) {
  process.stdout.write(`error ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
  process.exit(1);
}
