// A steady background load for the keystroke measures: one core kept busy by a separate
// Node process spinning on arithmetic, as another program on the receptionist's machine
// would. Bounded: the process ends by itself after `maxSeconds` even if the bench dies,
// and is stopped (and waited for) when the measure is done.
import { spawn } from 'node:child_process';
import { onCleanup } from '../tmp';

const SPIN = `const end = Date.now() + Number(process.argv[1]) * 1000;
let x = 0;
while (Date.now() < end) { for (let i = 0; i < 1e5; i++) x = (x * 1103515245 + 12345) % 2147483648; }`;

export type BusyCore = { stop(): Promise<void> };

export function busyCore(maxSeconds: number): BusyCore {
  const child = spawn(process.execPath, ['-e', SPIN, String(maxSeconds)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  onCleanup(stop);
  return { stop };
}
