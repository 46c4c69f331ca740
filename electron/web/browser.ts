// Finds an installed Chrome or Chromium to open the web host in --app mode.
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const fixedPaths = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
): string | null {
  if (env.FRONT_DESK_BROWSER && exists(env.FRONT_DESK_BROWSER)) return env.FRONT_DESK_BROWSER;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (exists(candidate)) return candidate;
    }
  }
  return fixedPaths.find((path) => exists(path)) ?? null;
}
