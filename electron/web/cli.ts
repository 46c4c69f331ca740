// `npm start` without an Electron runtime: the web host, printing its URL and opening it in
// an installed Chrome/Chromium in --app mode (unless --no-open or CI).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openConnectableFrontDesk, pairAtLaunch } from '../app/connectable';
import { parseLaunchOptions } from '../app/paths';
import { startWebHost } from './server';
import { shareWhileLocal } from './sharing';
import { findChromium } from './browser';

async function main() {
  const launch = parseLaunchOptions(process.argv.slice(2));
  const paired = await pairAtLaunch(launch.dataDir, launch.connect);
  if (paired && !paired.ok) {
    console.error(`Could not pair with the hub (${paired.error.code} ${JSON.stringify(paired.error.details ?? {})}). / 허브와 연결하지 못했습니다.`);
    process.exit(1);
  }
  let frontDesk;
  try {
    frontDesk = openConnectableFrontDesk({
      dataDir: launch.dataDir,
      host: 'web',
      version: process.env.npm_package_version ?? '0.0.0',
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    });
  } catch (error) {
    // Storage faults do not land here (the page explains them in the UI language); this is
    // a bug, and its details are for the log.
    console.error('Front Desk could not start; your data is unchanged. / 앱을 시작하지 못했습니다. 데이터는 그대로입니다.');
    console.error(error);
    process.exit(1);
  }
  const storage = frontDesk.info.storage;
  if (storage.state !== 'ok') {
    console.error(`Storage problem: ${storage.state === 'fault' ? storage.fault : 'damaged'} (the page explains it).`);
  }
  const rendererDir = join(import.meta.dirname, '../renderer');
  const host = await startWebHost({ frontDesk, rendererDir, port: launch.port });
  // The clinic network: the LAN listener runs while Settings -> Clinic network says so.
  // Only this PC's own core can share (a desk connected to a hub has no data to share); it
  // follows connecting and disconnecting in Settings at once.
  const sharing = shareWhileLocal({ frontDesk, rendererDir, bindAddress: launch.lanAddress });
  console.log(`Front Desk web host: ${host.url}`);
  console.log(`Data folder: ${launch.dataDir}`);
  if (frontDesk.mode === 'connected') console.log('Connected to a hub: this PC works on the hub\'s data.');

  if (launch.open) {
    const browser = findChromium(process.env, existsSync);
    if (browser) {
      spawn(browser, [`--app=${host.url}`, `--user-data-dir=${join(launch.dataDir, 'browser-profile')}`], {
        detached: true,
        stdio: 'ignore',
      }).unref();
    } else {
      console.log('No Chrome or Chromium found: open the URL above in a browser.');
    }
  }

  const stop = async () => {
    await sharing.stop();
    await host.close();
    frontDesk.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by scripts/start.mjs with an IPC channel: it closes when that process ends,
  // however it ended, and the web host must not outlive it.
  if (process.send) process.on('disconnect', () => void stop());
}

void main();
