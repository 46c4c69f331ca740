// What `npm test` needs from the system besides npm packages (the end-to-end tests drive
// Debian's Chromium, read printouts with poppler's pdftotext/pdftoppm, and the Korean
// screens need a Korean font), and what to do when some are missing. Pure: the probes are
// passed in, so tests/unit/scripts/system-tools.test.ts checks it with a fake system.
import { delimiter, join } from 'node:path';

/** Debian package -> how to tell it is installed. */
export const TOOLS = [
  { pkg: 'chromium', found: (sys) => Boolean(sys.env.CHROMIUM_PATH && sys.exists(sys.env.CHROMIUM_PATH)) || ['chromium', 'chromium-browser'].some((n) => onPath(sys, n)) },
  { pkg: 'poppler-utils', found: (sys) => onPath(sys, 'pdftotext') && onPath(sys, 'pdftoppm') },
  { pkg: 'fonts-nanum', found: (sys) => sys.exists('/usr/share/fonts/truetype/nanum') || sys.hasKoreanFont() },
];

function onPath(sys, name) {
  return (sys.env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => sys.exists(join(dir, name)));
}

/** The Debian packages missing on this system. */
export function missingPackages(sys) {
  return TOOLS.filter((tool) => !tool.found(sys)).map((tool) => tool.pkg);
}

/** What pretest does: nothing, install (root on Debian), or stop with the one command. */
export function plan(sys) {
  const missing = missingPackages(sys);
  if (missing.length === 0) return { action: 'none', missing };
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!onPath(sys, 'apt-get')) {
    return { action: 'stop', missing, message: `npm test needs ${missing.join(', ')} (Debian package names); install them, then run npm test again.` };
  }
  if (sys.isRoot) return { action: 'install', missing, commands: [['apt-get', ['update']], ['apt-get', install.split(' ').slice(1)]] };
  return { action: 'stop', missing, message: `npm test needs ${missing.join(', ')}. Run this once, then npm test again:\n\n  sudo apt-get update && sudo ${install}\n` };
}
