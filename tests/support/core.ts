// The app core on a fresh temp folder, as the hosts call it (strict inputs, handlers,
// services, a real SQLite file), with a settable clock; closed and removed after each test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../electron/app/front-desk';
import type { Channel, InputOf, ResultOf } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';

const opened: { core: FrontDesk; dir: string }[] = [];
afterEach(() => {
  for (const { core, dir } of opened.splice(0)) {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

export function openTestFrontDesk(start = '2026-11-27T10:00:00', systemLocale = 'ko-KR') {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-core-'));
  const clock = { now: new Date(start) };
  const logged: string[] = [];
  const core = openFrontDesk({
    dataDir: dir,
    host: 'web',
    version: 't',
    systemLocale,
    now: () => clock.now,
    log: (message, error) => logged.push(`${message} ${String(error)}`),
  });
  opened.push({ core, dir });
  async function ok<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
    const r = await core.handle(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  }
  const refused = async (channel: Channel, input: unknown): Promise<ApiError> => {
    const r = await core.handle(channel, input);
    if (r.ok) throw new Error(`${channel} was accepted`);
    return r.error;
  };
  return { core, dir, clock, ok, refused, logged };
}
