// A running copy holding a data folder's lock (tests/unit/db/lock.test.ts and the storage
// faults test): takes the lock, says "locked", and holds it until killed.
import { lockDataFolder } from '../../../../electron/db/lock';

// Kept referenced: a lock nobody refers to is garbage, and collecting it closes its SQLite
// connection, which drops the OS lock (the test then saw a free folder under load).
const lock = lockDataFolder(process.argv[2]!);
process.stdout.write('locked\n');
setInterval(() => void lock, 60_000);
