// A running copy holding a data folder's lock (tests/unit/db/lock.test.ts and the storage
// faults test): takes the lock, says "locked", and holds it until killed.
import { lockDataFolder } from '../../../../electron/db/lock';

lockDataFolder(process.argv[2]!);
process.stdout.write('locked\n');
setInterval(() => {}, 60_000);
