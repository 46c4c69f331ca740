// `npm test` starts here (npm's pretest): on a fresh Debian machine the system tools the
// tests need are installed when we are root, or the run stops at once with the one command
// to type, instead of failing late with a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { plan } from './system-tools.mjs';

const hasKoreanFont = () => {
  try {
    return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

const sys = { env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0, hasKoreanFont };
const next = plan(sys);
if (next.action === 'stop') {
  console.error(next.message);
  process.exit(1);
}
if (next.action === 'install') {
  console.log(`Installing what the tests need: ${next.missing.join(', ')}`);
  for (const [command, args] of next.commands) {
    const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(`"${command} ${args.join(' ')}" failed; run it yourself, then npm test again.`);
      process.exit(1);
    }
  }
}
