// Where the data lives: `--data-dir DIR`, else FRONT_DESK_DATA_DIR, else the OS user-data
// folder under the app's name (the same folder Electron's app.getPath('userData') gives).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER_NAME = 'Front Desk';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}

/** First run in connect mode (`--connect ADDRESS --pairing-code CODE --device-name NAME
 *  [--fingerprint FP]`): pair before anything opens, so no local database is ever made. */
export type LaunchConnect = { address: string; code: string; deviceName: string; fingerprint: string };

export type LaunchOptions = {
  dataDir: string;
  port: number;
  open: boolean;
  /** `--lan-address IP`: the clinic-network listener binds this address only (default: all). */
  lanAddress?: string;
  connect?: LaunchConnect;
};

/** Reads the launch arguments both hosts share. Unknown arguments are ignored (Electron
 *  and Chromium add their own). */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): LaunchOptions {
  let dataDir: string | undefined;
  let port = 0;
  let open = !env.CI;
  let lanAddress: string | undefined;
  const connect: Partial<LaunchConnect> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--data-dir') dataDir = value();
    else if (flag === '--port') port = Number(value()) || 0;
    else if (flag === '--no-open') open = false;
    else if (flag === '--lan-address') lanAddress = value() || undefined;
    else if (flag === '--connect') connect.address = value();
    else if (flag === '--pairing-code') connect.code = value();
    else if (flag === '--device-name') connect.deviceName = value();
    else if (flag === '--fingerprint') connect.fingerprint = value();
  }
  dataDir ??= env.FRONT_DESK_DATA_DIR || undefined;
  const options: LaunchOptions = { dataDir: resolve(dataDir ?? defaultDataDir(process.platform, env)), port, open, ...(lanAddress ? { lanAddress } : {}) };
  if (connect.address && connect.code) {
    options.connect = {
      address: connect.address,
      code: connect.code,
      deviceName: connect.deviceName ?? 'Front desk',
      fingerprint: connect.fingerprint ?? '',
    };
  }
  return options;
}
